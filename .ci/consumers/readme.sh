# Sourced by check-readme and pending-readme-printed: runs the README's
# Python and TypeScript code blocks, extracted from README.md as written,
# in a scratch copy of the repository's layout (schema/, record.json,
# record.jsonld) with Debian's python3 ($DIPLO_PYTHON) and the npm packages
# of this folder.

# readme_blocks LANG DIR: writes each ```LANG block of README.md to
# DIR/LANG-N.{py,ts} and prints the file names.
readme_blocks() {
  "$DIPLO_PYTHON" - "$1" "$2" <<'PY'
import re, sys
lang, out = sys.argv[1], sys.argv[2]
ext = {"python": "py", "ts": "ts"}[lang]
text = open("README.md", encoding="utf-8").read()
for i, m in enumerate(re.finditer(r"^```" + lang + r"\n(.*?)^```$", text, re.S | re.M)):
    name = f"{out}/{lang}-{i}.{ext}"
    open(name, "w", encoding="utf-8").write(m.group(1))
    print(name)
PY
}

# readme_setup DIR RECORD: lays out DIR as the snippets expect it, with
# RECORD (a file) as record.json and its inline JSON-LD as record.jsonld.
readme_setup() {
  local dir=$1 record=$2
  mkdir -p "$dir/schema"
  cp schema/*.schema.json "$dir/schema/"
  cp "$record" "$dir/record.json"
  ln -sfn "$(pwd)/.ci/consumers/node_modules" "$dir/node_modules"
}

# readme_run_python FILE DIR: runs a Python block in DIR; prints its output.
readme_run_python() { (cd "$2" && "$DIPLO_PYTHON" "$(realpath "$1")"); }

# readme_run_ts FILE DIR: compiles a TypeScript block with the tsc options
# the README gives (tsc --strict --esModuleInterop --resolveJsonModule
# --module commonjs) and runs it with node in DIR; prints its output.
readme_run_ts() {
  local file=$1 dir=$2 name
  name=$(basename "$file" .ts)
  cp "$file" "$dir/$name.ts"
  (cd "$dir" && ./node_modules/.bin/tsc --strict --esModuleInterop --resolveJsonModule --module commonjs \
      --outDir "out-$name" "$name.ts" >&2) || { echo "tsc failed on $file"; return 2; }
  (cd "$dir" && node "out-$name/$name.js")
}
