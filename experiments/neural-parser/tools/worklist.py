# worklist.py SET LINEAR.jsonl NEURAL.jsonl ARTICLES.jsonl OUT.md — for each sentence whose events differ between
# the two outputs (ev-nn.mts writes them), the events lost and gained and the tree changes. Run with
# SITREP_PARSER=neural set. The output quotes the articles: keep it outside the repository.
import json, subprocess, sys, ast
setname, basef, newf, articles = sys.argv[1:5]
arts = {}
for l in open(articles):
    a = json.loads(l); arts[a['id']] = a['text']
base = {json.loads(l)['id']: json.loads(l) for l in open(basef)}
diff = subprocess.run(['python3', __import__('os').path.join(__import__('os').path.dirname(__file__), 'evdiff.py'), basef, newf], capture_output=True, text=True).stdout.splitlines()
by = {}
for line in diff:
    sign, aid, rest = line.split(' ', 2)
    tup = ast.literal_eval(rest[:rest.index(')') + 1])
    by.setdefault((aid, tup[0]), []).append(f"{sign} {tup[1]} {tup[2]}→{tup[3]} {tup[4]} {tup[5]}")
out = [f"# {setname}: sentences whose events differ (linear parser vs m2q)\n"]
for (aid, si), evs in sorted(by.items()):
    s, e = base[aid]['sentences'][si]
    text = arts[aid][s:e].replace('\n', ' ')
    cmp = subprocess.run([__import__('os').path.join(__import__('os').path.dirname(__file__), 'cmp.sh'), text], capture_output=True, text=True, env={**__import__('os').environ}).stdout
    marks = [l.replace('  <<<', '') for l in cmp.splitlines() if '<<<' in l]
    out.append(f"## {aid} #{si}\n\n{text}\n\n" + '\n'.join(f"    {x}" for x in evs) + "\n\nparse changes (token form upos head rel | new head rel):\n\n" + '\n'.join(f"    {m}" for m in marks) + "\n")
open(sys.argv[5], 'w').write('\n'.join(out))
print(len(by))
