import json, sys
def load(f):
    out = {}
    for l in open(f):
        a = json.loads(l)
        out[a['id']] = {(e['sentence'], e['cameo'], (e.get('source') or {}).get('code'), (e.get('target') or {}).get('code'), e.get('factuality'), e.get('date')): e['evidence'][:150] for e in a.get('events', [])}
    return out
A, B = load(sys.argv[1]), load(sys.argv[2])
for k in A:
    a, b = A[k], B.get(k, {})
    for e in sorted(set(a) - set(b), key=str): print('-', k, e, a[e][:110])
    for e in sorted(set(b) - set(a), key=str): print('+', k, e, b[e][:110])
