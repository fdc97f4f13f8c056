# export: ONNX encoder with per-sentence lengths (LSTM sequence_lens), label weights and vocab as JSON
import sys, json, torch, onnx
from onnx import helper, TensorProto
exec(open(__file__.replace('export.py', 'train.py')).read().split('model = Parser()')[0])
model = Parser(); model.load_state_dict(torch.load(a.save)); model.eval()
class Enc(torch.nn.Module):
    def __init__(s, m): super().__init__(); s.m = m
    def forward(s, w, g, t):
        m = s.m
        x = m.w(w) + m.g(g)
        x = torch.cat([x, m.t(t)], -1)
        h, _ = m.rnn(x)
        B = h.shape[0]
        h = torch.cat([m.rootv.expand(B, 1, -1), h], 1)
        ad, ah, ld, lh = m.ad(h), m.ah(h), m.ld(h), m.lh(h)
        arc = torch.einsum('bid,de,bje->bij', ad, m.U, ah) + (ah @ m.ub).unsqueeze(1)
        return arc, ld, lh
w = torch.ones(4, 20, dtype=torch.long)
out = a.save + '.onnx'
torch.onnx.export(Enc(model), (w, w, w), out, input_names=['w', 'g', 't'], output_names=['arc', 'ld', 'lh'],
                  dynamic_axes={'w': {0: 'b', 1: 'n'}, 'g': {0: 'b', 1: 'n'}, 't': {0: 'b', 1: 'n'}}, opset_version=17, dynamo=False)
m = onnx.load(out)
lstms = [n for n in m.graph.node if n.op_type == 'LSTM']
print('lstm nodes', len(lstms), [list(n.input) for n in lstms])
m.graph.input.append(helper.make_tensor_value_info('lens', TensorProto.INT32, ['b']))
for n in lstms:
    ins = list(n.input) + [''] * (7 - len(n.input))
    ins[4] = 'lens'
    del n.input[:]; n.input.extend(ins)
onnx.checker.check_model(m); onnx.save(m, out)
class Lab(torch.nn.Module):
    def __init__(s, m): super().__init__(); s.m = m
    def forward(s, ld, lh, heads):
        hsel = lh.gather(1, heads.unsqueeze(-1).expand(-1, -1, lh.shape[-1]))
        return s.m.Ldiag(ld * hsel) + s.m.Ld(ld) + s.m.Lh(hsel)
K = a.lab; z = torch.zeros(2, 5, K); hz = torch.zeros(2, 5, dtype=torch.long)
torch.onnx.export(Lab(model), (z, z, hz), a.save + '.labels.onnx', input_names=['ld', 'lh', 'heads'], output_names=['scores'],
                  dynamic_axes={'ld': {0: 'b', 1: 'm'}, 'lh': {0: 'b', 1: 'm'}, 'heads': {0: 'b', 1: 'm'}}, opset_version=17, dynamo=False)
sd = model.state_dict()
lab = {k: sd[k].tolist() for k in ['Ldiag.weight', 'Ld.weight', 'Ld.bias', 'Lh.weight']}
json.dump({'labelWeights': lab, 'words': sorted(wvocab, key=wvocab.get), 'glove': sorted(gvocab, key=gvocab.get),
           'tags': sorted(tvocab, key=tvocab.get), 'labels': sorted(lvocab, key=lvocab.get)}, open(a.save + '.json', 'w'))
print('exported', out)
