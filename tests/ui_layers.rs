//! `src/ui/` imports itself in layers, never in a circle: shared pieces (texts, format, fields,
//! tiles, charts, tables) sit below the pages and import none of them. Read from the source
//! text: a file's `super::…` paths name the files it imports.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, by its module path (`["case", "results"]`; a `mod.rs` is its
/// folder's module).
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ui is there") {
        let path = entry.expect("a readable entry").path();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        if path.is_dir() {
            modules(&path, &[prefix, &[name]].concat(), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let module = if name == "mod" { prefix.to_vec() } else { [prefix, &[name]].concat() };
            out.insert(module, path);
        }
    }
}

/// The code of a file without its comments.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("a readable file");
    text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

/// The modules file `me` imports through `super::` paths (`use super::{a, b}` included).
fn imports(me: &[String], text: &str, all: &BTreeMap<Vec<String>, PathBuf>) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("super::") {
        let mut tail = &rest[at..];
        let mut ups = 0;
        while let Some(t) = tail.strip_prefix("super::") {
            ups += 1;
            tail = t;
        }
        let base = &me[..me.len().saturating_sub(ups)];
        let names: Vec<String> = if let Some(group) = tail.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            group.split(',').map(|n| n.split('{').next().unwrap_or_default().trim().trim_end_matches("::").to_owned()).collect()
        } else {
            vec![tail.split(|c: char| !(c.is_ascii_lowercase() || c == '_' || c == ':')).next().unwrap_or_default().to_owned()]
        };
        for name in names {
            let segs: Vec<String> = name.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
            // The longest prefix of the path that is a module file.
            for k in (1..=segs.len()).rev() {
                let candidate = [base, &segs[..k]].concat();
                if candidate != me && all.contains_key(&candidate) {
                    out.insert(candidate);
                    break;
                }
            }
        }
        rest = &rest[at + "super::".len() * ups..];
    }
    out
}

#[test]
fn ui_files_import_each_other_in_layers_without_a_circle() {
    let mut all = BTreeMap::new();
    modules(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui")), &[], &mut all);
    let graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = all.iter().map(|(m, p)| (m.clone(), imports(m, &code(p), &all))).collect();
    // Depth-first search for a back edge; the path to it is the circle.
    fn visit(m: &Vec<String>, graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>, path: &mut Vec<Vec<String>>, done: &mut BTreeSet<Vec<String>>) {
        if let Some(at) = path.iter().position(|p| p == m) {
            let circle: Vec<String> = path[at..].iter().chain([m]).map(|p| p.join("/")).collect();
            panic!("src/ui imports in a circle: {}", circle.join(" → "));
        }
        if !done.insert(m.clone()) {
            return;
        }
        path.push(m.clone());
        for next in &graph[m] {
            visit(next, graph, path, done);
        }
        path.pop();
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done);
    }
    assert!(graph.len() > 30, "read the ui files ({} of them)", graph.len());
}
