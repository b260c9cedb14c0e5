"""Writes kms-input-model.json: the input shapes and declared errors of every KMS operation,
taken from the AWS service model that ships with botocore (data/kms/2014-11-01/service-2.json.gz).
The bad-input tests read it as their oracle, independent of the engine's own shape declarations.

    python3 test/bad-input/model/extract.py && npx prettier --write test/bad-input/model
"""
import gzip
import json
import os

import botocore

path = os.path.join(os.path.dirname(botocore.__file__), 'data/kms/2014-11-01/service-2.json.gz')
model = json.load(gzip.open(path))
shapes = model['shapes']
KEEP = ('type', 'min', 'max', 'pattern', 'enum', 'sensitive')


def inline(name, depth=0):
    s = shapes[name]
    out = {'shape': name, **{k: s[k] for k in KEEP if k in s}}
    if depth > 6:
        return out
    if s['type'] == 'structure':
        out['members'] = {m: inline(r['shape'], depth + 1) for m, r in s['members'].items()}
        if s.get('required'):
            out['required'] = s['required']
    elif s['type'] == 'list':
        out['member'] = inline(s['member']['shape'], depth + 1)
    elif s['type'] == 'map':
        out['key'] = inline(s['key']['shape'], depth + 1)
        out['value'] = inline(s['value']['shape'], depth + 1)
    return out


operations = {}
for name, op in sorted(model['operations'].items()):
    operations[name] = {
        'input': inline(op['input']['shape']),
        'errors': sorted(e['shape'] for e in op.get('errors', [])),
    }

doc = {
    'source': f"botocore {botocore.__version__} data/kms/2014-11-01/service-2.json.gz",
    'apiVersion': model['metadata']['apiVersion'],
    'operations': operations,
}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'kms-input-model.json'), 'w') as f:
    json.dump(doc, f, indent=1)
    f.write('\n')
print(f"{len(operations)} operations")
