#!/usr/bin/env python3
"""Nesting cost: `actionc transform` time per shape at growing depths (issue 16).

Each module holds an inline action, so it is parsed, walked for scopes and facts, and
emitted. Linear cost shows as a constant time per level down the table.
Usage: tools/bench/nesting.py build/compiler/actionc [--depths 1000,10000,100000]
"""
import argparse, os, subprocess, sys, tempfile, time

ACTION = "export async function act(id) {\n  'use server'\n  return id\n}\n"
SHAPES = {
    'functions.js': lambda n: "function f() {" * n + "}" * n + "\n",
    'arrows.js': lambda n: "const a = " + "() => " * n + "1\n",
    'parentheses.js': lambda n: "const p = " + "(" * n + "1" + ")" * n + "\n",
    'blocks.js': lambda n: "{" * n + "}" * n + "\n",
    'captures.js': lambda n: "export function Page(x) {\n" + "function f() {" * n +
                             "const act = async () => { 'use server'; return x }\n" + "}" * n + "\n  return 1\n}\n",
}

def best_of(runs, argv):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('actionc')
    parser.add_argument('--depths', default='1000,10000,100000')
    parser.add_argument('--runs', type=int, default=3)
    args = parser.parse_args()
    depths = [int(d) for d in args.depths.split(',')]
    env_key = {'ACTIONC_ENCRYPTION_KEY': 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8='}
    os.environ.update(env_key)
    print('| shape | ' + ' | '.join(f'{d:,} levels' for d in depths) + ' | µs per level at the deepest |')
    print('| --- |' + ' ---: |' * (len(depths) + 1))
    with tempfile.TemporaryDirectory() as work:
        for name, body in SHAPES.items():
            cells, last = [], None
            for depth in depths:
                path = os.path.join(work, name)
                with open(path, 'w') as f:
                    f.write(ACTION + body(depth))
                seconds = best_of(args.runs, [args.actionc, 'transform', path, '--layer', 'server', '--root', work])
                cells.append(f'{seconds * 1000:.0f} ms')
                last = seconds / depth * 1e6
            print(f'| {name} | ' + ' | '.join(cells) + f' | {last:.2f} |')
    return 0

if __name__ == '__main__':
    sys.exit(main())
