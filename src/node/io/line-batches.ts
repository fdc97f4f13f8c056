/**
 * Groups the lines of a text stream into batches for `Reader.extractMany`, without holding up a
 * slow producer: a batch is handed over when it is full or when the lines read so far are all
 * there is for now (the end of a chunk), so a pipe that sends one article at a time still gets
 * each record back at once, while a file is read in full batches.
 */

export interface NumberedLine {
  /** 1-based line number in the stream. */
  line: number;
  text: string;
}

export async function* lineBatches(
  stream: AsyncIterable<string | Buffer>,
  maxBatch: number,
): AsyncGenerator<NumberedLine[]> {
  let rest = '';
  let line = 0;
  let batch: NumberedLine[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      batch.push({ line: ++line, text: stripCarriageReturn(text.slice(start, nl)) });
      start = nl + 1;
      if (batch.length >= maxBatch) {
        yield batch;
        batch = [];
      }
    }
    rest = text.slice(start);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  rest += decoder.decode();
  if (rest !== '') yield [{ line: ++line, text: stripCarriageReturn(rest) }];
}

function stripCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
