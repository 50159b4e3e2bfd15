#!/usr/bin/env bash
# Builds the DocC archives of the Invariants and InvariantsTesting modules with the toolchain's `docc`
# (no swift-docc-plugin dependency), or, with --check, lists the public symbols whose `///` comment is
# missing or has no code example.
#
#   Scripts/docc.sh            # .build/docs/Invariants.doccarchive, .build/docs/InvariantsTesting.doccarchive
#   Scripts/docc.sh --check    # exit 1 and list the offenders if any public symbol lacks a comment or example
#
# Symbol graphs come from a debug build in its own scratch path (.build/docc), so the flags that emit them
# never invalidate the ordinary .build. DOCC overrides the docc binary (default: next to `swift`, or
# /opt/swift/usr/bin/docc).
set -euo pipefail
cd "$(dirname "$0")/.."

modules=(Invariants InvariantsTesting)
scratch=.build/docc
graphs="$PWD/$scratch/symbol-graphs"
output=.build/docs
mode=build

for argument in "$@"; do
    case "$argument" in
    --check) mode=check ;;
    -h | --help)
        sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "docc.sh: unknown argument '$argument' (expected --check or --help)" >&2
        exit 2
        ;;
    esac
done

docc="${DOCC:-}"
if [[ -z "$docc" ]]; then
    swift_path="$(command -v swift || true)"
    if [[ -n "$swift_path" && -x "$(dirname "$(readlink -f "$swift_path")")/docc" ]]; then
        docc="$(dirname "$(readlink -f "$swift_path")")/docc"
    else
        docc=/opt/swift/usr/bin/docc
    fi
fi

echo "== symbol graphs (swift build --scratch-path $scratch)"
mkdir -p "$graphs"
# InvariantsTesting depends on Invariants, so building it emits both modules' graphs.
swift build --scratch-path "$scratch" --target InvariantsTesting \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"

# An incremental build that compiled nothing leaves the previous graphs in place; a module without one
# means the directory was cleared after its last compilation.
for module in "${modules[@]}"; do
    if [[ ! -f "$graphs/$module.symbols.json" ]]; then
        echo "docc.sh: no symbol graph for $module in $graphs; remove $scratch and run again" >&2
        exit 2
    fi
done

if [[ "$mode" == check ]]; then
    echo "== public symbols without a doc comment or without a code example"
    python3 - "$graphs" "${modules[@]}" <<'PYTHON'
import glob, json, os, sys

graphs, modules = sys.argv[1], sys.argv[2:]
problems = []
seen = set()
for module in modules:
    # The module's own graph plus its extensions of other modules' types (Module@Other.symbols.json).
    files = [os.path.join(graphs, f"{module}.symbols.json")] + sorted(glob.glob(os.path.join(graphs, f"{module}@*.symbols.json")))
    for path in files:
        with open(path) as handle:
            graph = json.load(handle)
        for symbol in graph.get("symbols", []):
            identifier = symbol["identifier"]["precise"]
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            # Compiler-synthesized members (a raw-value enum's init(rawValue:), Codable's init(from:), a
            # task-local's $projection) have no source location and nothing to write a comment on.
            if "::SYNTHESIZED::" in identifier or identifier in seen or "location" not in symbol:
                continue
            seen.add(identifier)
            name = ".".join(symbol.get("pathComponents", [])) or symbol["names"]["title"]
            kind = symbol["kind"]["displayName"]
            location = symbol.get("location", {})
            where = location.get("uri", "").replace("file://", "")
            if where.startswith(os.getcwd() + "/"):
                where = where[len(os.getcwd()) + 1:]
            line = location.get("position", {}).get("line")
            where = f"{where}:{line + 1}" if where and line is not None else (where or module)
            comment = symbol.get("docComment")
            # A comment inherited from another module's protocol (Equatable's ==, Encodable's encode(to:)
            # ...) documents a conformance, not this library: it does not count as ours.
            inherited = comment is not None and comment.get("module") not in (None, module)
            lines = [entry.get("text", "") for entry in (comment or {}).get("lines", [])]
            if comment is None or inherited or not any(text.strip() for text in lines):
                problems.append(f"{where}: {module} {kind} {name}: no doc comment")
            elif not any(text.strip().startswith("```") for text in lines):
                problems.append(f"{where}: {module} {kind} {name}: no code example")
for problem in sorted(problems):
    print(problem)
print(f"{len(problems)} public symbol(s) without a doc comment or a code example ({len(seen)} checked)")
sys.exit(1 if problems else 0)
PYTHON
    exit $?
fi

echo "== docc convert ($docc)"
mkdir -p "$output"
for module in "${modules[@]}"; do
    module_graphs="$PWD/$scratch/graphs-$module"
    rm -rf "$module_graphs"
    mkdir -p "$module_graphs"
    cp "$graphs/$module.symbols.json" "$module_graphs/"
    cp "$graphs/$module"@*.symbols.json "$module_graphs/" 2>/dev/null || true
    catalog=()
    if [[ -d "Sources/$module/$module.docc" ]]; then catalog=("Sources/$module/$module.docc"); fi
    rm -rf "$output/$module.doccarchive"
    "$docc" convert "${catalog[@]}" \
        --additional-symbol-graph-dir "$module_graphs" \
        --fallback-display-name "$module" \
        --fallback-bundle-identifier "swift-invariants.$module" \
        --output-path "$output/$module.doccarchive"
    echo "$output/$module.doccarchive"
done
