"""The benchmark's corpus generator writes claim files factlint accepts: every file loads
without a problem, passes the schema, and every name in it resolves, so a run over a
generated corpus measures the checks, not error handling. Small sizes only; nothing
here is timed.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from validator import validate
from validator.dataset.load import load_dataset
from validator.parse.claim_file import check_claim_file
from validator.parse.schema import validator_for
from validator.read.files import LoadedFile, discover, load_file

ROOT = Path(__file__).resolve().parents[1]
DATASET = load_dataset(str(ROOT / "dataset"))


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _generator()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("corpus")
    written: list[str] = generate.generate(str(folder), files=12, claims=40, dataset=DATASET)
    return written


def test_it_writes_the_files_and_claims_asked_for(corpus: list[str]) -> None:
    assert len(corpus) == 12
    folder = Path(corpus[0]).parent
    assert sorted(discover([str(folder)])) == sorted(corpus)
    for path in corpus:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        assert len(data["claims"]) == 40
    assert (folder / "sources" / "gen-000010.txt").exists()  # one file in ten has an archive


def test_every_file_loads_cleanly_and_passes_the_schema(corpus: list[str]) -> None:
    schema = validator_for("claim-file.schema.json")
    for path in corpus:
        loaded = load_file(path)
        assert isinstance(loaded, LoadedFile), loaded
        assert loaded.problems == ()
        assert list(schema.iter_errors(loaded.data)) == []
        parsed, findings = check_claim_file(loaded)
        assert findings == []
        assert all(entry.model is not None for entry in parsed.claims)


def test_a_run_finds_only_what_the_generator_planted(corpus: list[str]) -> None:
    result = validate(corpus, DATASET)
    codes = Counter(f.code for f in result.findings)
    # Names resolve, values fit their types, ids are unique: no E101-E106.
    assert not {c for c in codes if c in ("E101", "E102", "E103", "E104", "E105", "E106")}
    assert len(result.claims) == 12 * 40
    verdicts = Counter(c.verdict.value for c in result.claims)
    assert verdicts["invalid"] == 0
    # A realistic mix: mostly supported, some of everything else.
    assert verdicts["supported"] > len(result.claims) / 2
    assert verdicts["refuted"] > 0 and verdicts["unverifiable"] > 0
    assert {"D201", "D202", "D203"} <= set(codes)


def test_it_uses_quotes_excerpts_and_the_dataset_vocabulary(corpus: list[str]) -> None:
    properties: Counter[str] = Counter()
    excerpts = 0
    for path in corpus:
        for claim in yaml.safe_load(Path(path).read_text(encoding="utf-8"))["claims"]:
            properties[claim["property"]] += 1
            excerpts += "excerpt" in claim
            name = claim["property"]
            assert DATASET.property(name) is not None, name
            assert DATASET.resolve_entity(claim["subject"]) is not None, claim["subject"]
    assert properties["said"] > 0
    assert excerpts > 0
    inverses = [p for p in properties if (found := DATASET.property(p)) is not None and found[1]]
    assert inverses  # some claims use a property's inverse (acted_in, parent_of)


def test_it_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    first = generate.generate(str(tmp_path / "a"), files=3, claims=10, dataset=DATASET)
    second = generate.generate(str(tmp_path / "b"), files=3, claims=10, dataset=DATASET)
    third = generate.generate(str(tmp_path / "c"), files=3, claims=10, seed=2, dataset=DATASET)
    read = [[Path(p).read_bytes() for p in files] for files in (first, second, third)]
    assert read[0] == read[1]
    assert read[0] != read[2]


def test_the_json_form_holds_the_same_documents(tmp_path: Path) -> None:
    as_yaml = generate.generate(str(tmp_path / "y"), files=2, claims=15, dataset=DATASET)
    as_json = generate.generate(
        str(tmp_path / "j"), files=2, claims=15, fmt="json", dataset=DATASET
    )
    for y, j in zip(as_yaml, as_json, strict=True):
        loaded_yaml, loaded_json = load_file(y), load_file(j)
        assert isinstance(loaded_yaml, LoadedFile) and isinstance(loaded_json, LoadedFile)
        assert loaded_yaml.data == loaded_json.data == json.loads(Path(j).read_text())


def test_one_big_file_is_one_source(tmp_path: Path) -> None:
    (path,) = generate.generate(str(tmp_path), files=1, claims=500, dataset=DATASET)
    loaded = load_file(path)
    assert isinstance(loaded, LoadedFile)
    parsed, findings = check_claim_file(loaded)
    assert findings == [] and len(parsed.claims) == 500
    assert len({c.claim_id for c in parsed.claims}) == 500


def test_the_command_line_writes_a_corpus(tmp_path: Path) -> None:
    assert generate.main([str(tmp_path), "--files", "2", "--claims", "5"]) == 0
    assert len(list(tmp_path.glob("*.yaml"))) == 2


# ---------------------------------------------------------------------------------------
# The other shapes of corpus (benchmarks/gen_*.py): each held to its contract at a small
# size. They import the generator as a script's neighbour, as the runner does.

sys.path.insert(0, str(ROOT / "benchmarks"))
gen_dataset = importlib.import_module("gen_dataset")
gen_errors = importlib.import_module("gen_errors")
gen_quotes = importlib.import_module("gen_quotes")
gen_long_texts = importlib.import_module("gen_long_texts")
gen_archives = importlib.import_module("gen_archives")
vocabulary = importlib.import_module("vocabulary")

E1XX = {"E101", "E102", "E103", "E104", "E105", "E106"}


def _claims(paths: list[str]) -> list[dict[str, object]]:
    return [c for p in paths for c in yaml.safe_load(Path(p).read_text("utf-8"))["claims"]]


def _bytes(paths: list[str]) -> list[bytes]:
    return [Path(p).read_bytes() for p in paths]


def _schema_valid(paths: list[str]) -> None:
    schema = validator_for("claim-file.schema.json")
    for path in paths:
        loaded = load_file(path)
        assert isinstance(loaded, LoadedFile) and loaded.problems == (), path
        assert list(schema.iter_errors(loaded.data)) == [], path


@pytest.fixture(scope="module")
def quotes(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("quotes")
    written: list[str] = gen_quotes.generate_quotes(str(folder), DATASET, files=40, claims=50)
    return written


def test_the_quote_heavy_corpus_quotes_a_quarter_of_its_claims(quotes: list[str]) -> None:
    claims = _claims(quotes)
    said = [c for c in claims if c["property"] == "said"]
    assert len(claims) == 2000
    # A quarter by the shape's own draw, plus the ordinary generator's transcript quotes.
    assert 0.25 <= len(said) / len(claims) <= 0.4
    speakers = {DATASET.resolve_entity(str(c["subject"])) for c in said}
    assert None not in speakers
    assert 20 <= len(speakers) <= 50


def test_a_few_of_its_sentences_are_quoted_by_many_sources_with_variants(
    quotes: list[str],
) -> None:
    corpus = gen_quotes.QuoteHeavy(DATASET, 1, 50, 40)
    popular = corpus.sentences[:6]
    by_file: Counter[str] = Counter()
    variants = 0
    for path in quotes:
        texts = {str(c["value"]) for c in _claims([path]) if c["property"] == "said"}
        by_file.update(t for t in texts if t in popular)
        for text in texts - set(popular):
            words = text.split(" ")
            # One word changed, dropped or added against a popular sentence.
            variants += any(
                abs(len(words) - len(p.split(" "))) <= 1
                and len(set(words) ^ set(p.split(" "))) <= 2
                for p in popular
            )
    assert len(by_file) == 6
    assert min(by_file.values()) >= 8  # of 40 files: each popular sentence in many
    assert variants > 0


def test_the_quote_heavy_corpus_is_valid_and_finds_quote_variants(quotes: list[str]) -> None:
    _schema_valid(quotes)
    codes = Counter(f.code for f in validate(quotes, DATASET).findings)
    assert not E1XX & set(codes)
    assert codes["Q402"] > 0 and codes["S501"] > 0 and codes["Q403"] > 0


def test_the_small_vocabulary_corpus_has_few_facts_and_many_wrong_values(
    tmp_path: Path,
) -> None:
    paths = gen_quotes.generate_vocabulary(str(tmp_path), DATASET, files=20, claims=50)
    _schema_valid(paths)
    claims = _claims(paths)
    said = [str(c["value"]) for c in claims if c["property"] == "said"]
    words = {w.strip(",.").lower() for text in said for w in text.split(" ")}
    corpus = gen_quotes.SmallVocabulary(DATASET, 1, 50, 20)
    assert len(corpus.others) == 8 and corpus.wrong_rate == 0.35
    # The commonest 40 words, plus the transcripts quoted by the ordinary generator.
    quoted = {w.strip(",.").lower() for t in corpus.sentences for w in t.split(" ")}
    assert len(quoted) <= 40
    assert len(words) < 400
    result = validate(paths, DATASET)
    codes = Counter(f.code for f in result.findings)
    assert not E1XX & set(codes)
    refuted = sum(c.verdict.value == "refuted" for c in result.claims)
    assert refuted > len(result.claims) / 10
    assert codes["Q402"] > 0 and codes["D201"] > 0


def test_the_error_heavy_corpus_takes_every_e1xx_path(tmp_path: Path) -> None:
    paths = gen_errors.generate_errors(str(tmp_path), DATASET, files=60, claims=20)
    assert sorted(discover([str(tmp_path)])) == sorted(set(paths)) == sorted(paths)
    assert len(paths) == 60
    # The file reusing the source id before it keeps its own name and archive.
    assert "id: gen-000025\n" in Path(paths[25]).read_text("utf-8")
    codes = Counter(f.code for f in validate(paths, DATASET).findings)
    for code in ("E101", "E102", "E103", "E104", "E105", "E106", "E107", "E108"):
        assert codes[code] > 0, code
    assert codes["E104"] + codes["E105"] + codes["E106"] > 60  # errors are common, not rare


def test_the_error_heavy_corpus_is_deterministic(tmp_path: Path) -> None:
    a = gen_errors.generate_errors(str(tmp_path / "a"), DATASET, files=55, claims=5)
    b = gen_errors.generate_errors(str(tmp_path / "b"), DATASET, files=55, claims=5)
    c = gen_errors.generate_errors(str(tmp_path / "c"), DATASET, files=55, claims=5, seed=3)
    assert _bytes(a) == _bytes(b) != _bytes(c)


@pytest.mark.parametrize("name", ["generate_quotes", "generate_vocabulary"])
def test_the_quote_corpora_are_deterministic(tmp_path: Path, name: str) -> None:
    make = getattr(gen_quotes, name)
    a = make(str(tmp_path / "a"), DATASET, files=3, claims=20)
    b = make(str(tmp_path / "b"), DATASET, files=3, claims=20)
    c = make(str(tmp_path / "c"), DATASET, files=3, claims=20, seed=2)
    assert _bytes(a) == _bytes(b) != _bytes(c)


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("grown")
    per_file = gen_dataset.PER_FILE
    gen_dataset.PER_FILE = 400
    try:
        written = gen_dataset.grow_dataset(str(folder), str(ROOT / "dataset"), 1500, DATASET)
    finally:
        gen_dataset.PER_FILE = per_file
    shipped = len(list((ROOT / "dataset").glob("*.yaml")))
    grown_files = -(-(1500 - len(DATASET.entities)) // 400)
    assert written == shipped + grown_files == len(list(folder.glob("*.yaml")))
    return folder


def test_a_grown_dataset_loads_with_as_many_entities_as_asked(grown: Path) -> None:
    big = load_dataset(str(grown))
    assert len(big.entities) == 1500
    assert set(DATASET.entities) <= set(big.entities)
    quotes = {n for n, p in big.properties.items() if p.type == "quote"}
    # More facts, the same transcripts.
    facts = sum(len(f) for f in big.facts.values())
    assert facts > 5 * sum(len(f) for f in DATASET.facts.values())
    assert sum(len(f) for (_, p), f in big.facts.items() if p in quotes) == sum(
        len(f) for (_, p), f in DATASET.facts.items() if p in quotes
    )


def test_a_grown_dataset_is_deterministic(
    tmp_path: Path, grown: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gen_dataset, "PER_FILE", 400)
    gen_dataset.grow_dataset(str(tmp_path), str(ROOT / "dataset"), 1500, DATASET)
    names = sorted(p.name for p in grown.glob("*.yaml"))
    assert names == sorted(p.name for p in tmp_path.glob("*.yaml"))
    assert all((grown / n).read_bytes() == (tmp_path / n).read_bytes() for n in names)


def test_misspelt_subjects_each_name_nothing_and_are_all_reported(grown: Path) -> None:
    big = load_dataset(str(grown))
    folder = grown.parent / "misspelt"
    paths = gen_dataset.generate_misspelt(str(folder), big, files=6, claims=20, misspelt=30)
    _schema_valid(paths)
    subjects = [str(c["subject"]) for c in _claims(paths)]
    unknown = [s for s in subjects if big.resolve_entity(s) is None]
    assert len(unknown) == len(set(unknown)) == 30
    result = validate(paths, big)
    findings = [f for f in result.findings if f.code == "E104"]
    assert sorted(f.message.split("'")[1] for f in findings) == sorted(unknown)
    assert all("did you mean" in f.message for f in findings)
    assert not (E1XX - {"E104"}) & {f.code for f in result.findings}


def test_misspellings_are_one_slip_from_a_name() -> None:
    import random

    rng = random.Random(4)
    for name in ("Kate Winslet", "Channel 4", "Mia"):
        for _ in range(50):
            wrong = vocabulary.misspell(rng, name)
            assert wrong != name
            assert abs(len(wrong) - len(name)) <= 1


def test_the_long_text_corpus_gives_every_claim_a_paragraph_some_printed_by_several(
    tmp_path: Path,
) -> None:
    paths = gen_long_texts.generate_long_texts(str(tmp_path), DATASET, files=20, claims=25)
    _schema_valid(paths)
    excerpts = [str(c["excerpt"]) for c in _claims(paths)]
    assert len(excerpts) == 500
    # (A few by one word more: the ordinary generator misquotes one in twenty it archives.)
    assert all(len(e.split(" ")) in (150, 151) for e in excerpts)
    corpus = gen_long_texts.LongTexts(DATASET, 1, 25, 20)
    assert len(corpus.wire) == 10
    printed = Counter(e for e in excerpts if e in corpus.wire)
    assert 25 <= sum(printed.values()) <= 75  # a tenth, word for word
    result = validate(paths, DATASET)
    codes = Counter(f.code for f in result.findings)
    assert not E1XX & set(codes)
    assert codes["S501"] > 0
    # Wire copy links the sources that print it: pairs of claims whose two excerpts
    # hold runs of twelve words of one wire paragraph.
    excerpt = {r.full_id: r.excerpt or "" for r in result.claims}

    def runs(text: str) -> set[tuple[str, ...]]:
        words = text.rstrip(".").lower().split(" ")
        return {tuple(words[i : i + 12]) for i in range(len(words) - 11)}

    wire = [runs(w) for w in corpus.wire]
    linked = [
        (a, b)
        for pair in result.shared_wording
        for a, b in pair.passages
        if any(runs(excerpt[a]) & w and runs(excerpt[b]) & w for w in wire)
    ]
    assert len(linked) >= 10


def test_the_long_text_corpus_is_deterministic(tmp_path: Path) -> None:
    make = gen_long_texts.generate_long_texts
    a = make(str(tmp_path / "a"), DATASET, files=6, claims=5)
    b = make(str(tmp_path / "b"), DATASET, files=6, claims=5)
    c = make(str(tmp_path / "c"), DATASET, files=6, claims=5, seed=3)
    assert _bytes(a) == _bytes(b) != _bytes(c)


def test_the_unspaced_corpus_writes_the_long_texts_in_chinese_characters(tmp_path: Path) -> None:
    paths = gen_long_texts.generate_unspaced_long_texts(str(tmp_path), DATASET, files=20, claims=25)
    _schema_valid(paths)
    excerpts = [str(c["excerpt"]) for c in _claims(paths)]
    assert len(excerpts) == 500
    # 150 words of two characters each, written together, and a full stop.
    assert all(len(e) == 301 and " " not in e and e.endswith("\u3002") for e in excerpts)
    corpus = gen_long_texts.UnspacedLongTexts(DATASET, 1, 25, 20)
    assert len(set(corpus.glyphs.values())) == len(corpus.glyphs)  # a word, its characters
    english = gen_long_texts.LongTexts(DATASET, 1, 25, 20)
    assert corpus.wire == english.wire  # the same paragraphs, before they are written
    result = validate(paths, DATASET)
    codes = Counter(f.code for f in result.findings)
    assert not E1XX & set(codes)
    assert codes["S501"] > 0  # wire copy: 24 characters in a row are a passage
    unspaced = gen_long_texts.generate_unspaced_long_texts
    again = unspaced(str(tmp_path / "again"), DATASET, files=20, claims=25)
    assert _bytes(paths) == _bytes(again)


def test_the_archived_corpus_archives_an_article_for_every_file_and_misquotes_a_fifth(
    tmp_path: Path,
) -> None:
    paths = gen_archives.generate_archives(str(tmp_path), DATASET, files=20, claims=25)
    _schema_valid(paths)
    archives = sorted((tmp_path / "sources").iterdir())
    assert len(archives) == 20
    assert all(12_000 <= len(a.read_text("utf-8")) <= 12_400 for a in archives)
    excerpts = sum(1 for c in _claims(paths) if "excerpt" in c)
    result = validate(paths, DATASET, root=str(tmp_path))
    not_found = [f for f in result.findings if f.code == "E107"]
    assert all(f.message.startswith("excerpt not found in the archived text") for f in not_found)
    assert excerpts // 8 <= len(not_found) <= excerpts // 3


def test_the_archived_corpus_is_deterministic(tmp_path: Path) -> None:
    make = gen_archives.generate_archives
    a = make(str(tmp_path / "a"), DATASET, files=6, claims=5)
    b = make(str(tmp_path / "b"), DATASET, files=6, claims=5)
    c = make(str(tmp_path / "c"), DATASET, files=6, claims=5, seed=3)
    assert _bytes(a) == _bytes(b) != _bytes(c)


def _workers() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return importlib.import_module("workers")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def test_the_loader_floor_parses_json_files_with_both_parsers(tmp_path: Path) -> None:
    # A JSON corpus and one YAML file: the C loader reads all of them, the json module
    # the JSON files alone; a file neither can parse costs only its refusal.
    generate.generate(str(tmp_path / "json"), files=3, claims=5, fmt="json", dataset=DATASET)
    generate.generate(str(tmp_path / "yaml"), files=1, claims=5, dataset=DATASET)
    (tmp_path / "json" / "broken.json").write_text('{"source": ', encoding="utf-8")
    times = _workers().worker_loader(str(tmp_path))
    assert times["files"] == 5.0
    assert times["c_loader"] > 0.0 and times["json_loads"] > 0.0
    assert _workers().worker_loader(str(tmp_path / "yaml"))["json_loads"] == 0.0
