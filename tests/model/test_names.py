from __future__ import annotations

import random
import string
from pathlib import Path

from validator.dataset.load import load_dataset
from validator.model.names import TITLES, SameWords, Suggester, normalise_name

ROOT = Path(__file__).resolve().parents[2]


def test_normalise_name_ignores_case_punctuation_and_spacing() -> None:
    assert normalise_name("I Am…") == normalise_name("i am...") == normalise_name(" I  Am ")
    assert normalise_name("Me+You Productions") == "me you productions"
    assert normalise_name("Kate Winslet") != normalise_name("Kate Winslett")


def test_suggestions_rank_by_similarity_and_name_each_entity_once() -> None:
    names = ["Kate Winslet", "Winslet", "Bear Winslet", "Channel 4", "Joe Anders"]
    owners = ["kate", "kate", "bear", "c4", "joe"]
    suggester = Suggester(names, owners)
    assert suggester.suggest("Kate Winslett") == ("Kate Winslet", "Bear Winslet")
    assert suggester.suggest("Channel 5") == ("Channel 4",)
    assert suggester.suggest("zzz") == ()
    assert suggester.suggest("runtme") == ()


def test_an_entity_is_suggested_by_a_name_before_its_id() -> None:
    """An unaccented misspelling of an accented name is nearer the entity's id by its
    letters; the suggestion is the name, which is what the writer meant, unless only
    the id comes near."""
    pairs = [("Penélope Cruz", "penelope-cruz"), ("penelope-cruz", "penelope-cruz")]
    pairs += [("Zürich", "zurich"), ("zurich", "zurich"), ("Kate Winslet", "kate-winslet")]
    pairs += [("kate-winslet", "kate-winslet"), ("Mia Honey Threapleton", "mia")]
    pairs += [("mia", "mia")]
    suggester = Suggester([n for n, _ in pairs], [o for _, o in pairs])
    assert suggester.suggest("Penelope Cruzz") == ("Penélope Cruz",)
    assert suggester.suggest("Zurch") == ("Zürich",)
    assert suggester.suggest("kate-winslett") == ("Kate Winslet",)  # one key: the name
    assert suggester.suggest("mai") == ("mia",)  # no name comes near


def test_a_title_counts_neither_for_nor_against_a_name() -> None:
    """Scenario: "Mrs Winslet" was asked "did you mean 'Bear Winslet'?" first: by its
    letters the title made "Bear Winslet" nearer than "Winslet", a name of Kate's. Titles
    are left out of the typed name and the known ones; a typed name that is a known one
    without them is answered with its owner's first name, before the names close to it."""
    names = ["Kate Winslet", "Winslet", "Bear Winslet", "Dame Judi Dench", "Jim Threapleton"]
    owners = ["kate", "kate", "bear", "judi", "jim"]
    suggester = Suggester(names, owners, titles=TITLES)
    assert suggester.suggest("Mrs Winslet") == ("Kate Winslet", "Bear Winslet")
    assert suggester.suggest("Mrs. Winslet") == ("Kate Winslet", "Bear Winslet")
    assert suggester.suggest("Dr Sir Winslet") == ("Kate Winslet", "Bear Winslet")
    assert suggester.suggest("Ms Kate Winslett") == ("Kate Winslet", "Bear Winslet")
    assert suggester.suggest("Judi Dench") == ("Dame Judi Dench",)  # its title left out
    assert suggester.suggest("Lady Judi Dench") == ("Dame Judi Dench",)
    assert suggester.suggest("Mr Threapletn") == ("Jim Threapleton",)
    assert suggester.suggest("Mrs") == ()  # a title alone is kept, and names no one
    # Without titles, a title is letters like any other.
    assert Suggester(names, owners).suggest("Mrs Winslet") == ("Bear Winslet", "Winslet")


def test_names_equally_close_come_in_the_order_of_their_owners_weights() -> None:
    """Scenario: "Threapleton" is as close to "Jim Threapleton" as to "Mia Threapleton";
    the one the dataset says more about comes first, where the alphabet put Jim first."""
    names = ["Jim Threapleton", "Mia Threapleton"]
    owners = ["jim", "mia"]
    weighted = Suggester(names, owners, weights={"jim": 3, "mia": 6})
    assert weighted.suggest("Threapleton") == ("Mia Threapleton", "Jim Threapleton")
    assert weighted.suggest("Jim Threapletn") == ("Jim Threapleton", "Mia Threapleton")
    assert Suggester(names, owners).suggest("Threapleton") == (
        "Jim Threapleton",
        "Mia Threapleton",
    )


def test_a_title_adds_no_work_to_a_lookup() -> None:
    """A titled name is scored as the name without its title: as many names as that."""
    names = ["a" * n for n in range(1, 101)]
    titled = Suggester(names, titles=TITLES)
    titled.suggest("Mrs " + "b" * 30)
    plain = Suggester(names)
    plain.suggest("b" * 30)
    assert titled.scored == plain.scored == len(range(13, 71))


def test_suggestions_without_owners() -> None:
    assert Suggester(["runtime", "network", "birth_date"]).suggest("runtme") == ("runtime",)


def test_a_name_a_word_of_which_begins_with_the_typed_one_is_suggested() -> None:
    suggester = Suggester(["cast_member", "casting_suggested_by", "director", "broadcast_slot"])
    # By ratio alone `cast` is 0.53 like `cast_member`, under the 0.6 a suggestion needs.
    assert suggester.suggest("cast") == ("cast_member", "casting_suggested_by")
    assert suggester.suggest("ca") == ()  # too short to say


def test_a_name_the_typed_words_begin_is_suggested() -> None:
    """The typed "Me+You" begins "Me+You Productions", yet no one word of it begins with
    "me you", and by ratio the two are 0.5 alike."""
    names = ["Me+You Productions", "Royal Festival Hall", "Kate Winslet", "Channel 4"]
    suggester = Suggester(names)
    assert suggester.suggest("Me+You") == ("Me+You Productions",)
    assert suggester.suggest("Royal Festival") == ("Royal Festival Hall",)
    assert suggester.suggest("Me Too") == ()


def _long_names(count: int, size: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(string.ascii_lowercase + " ") for _ in range(size)) for _ in range(count)
    ]


def test_a_name_too_long_to_reach_the_cutoff_is_compared_with_nothing() -> None:
    """Scenario 4: 1,000 distinct 500-character unknown subjects took 42 s in
    did-you-mean. A name more than 7/3 times as long as the longest known one cannot
    reach the cutoff, so it costs no comparison at all."""
    dataset = load_dataset(str(ROOT / "dataset"))
    for name in _long_names(1000, 500, seed=1):
        assert dataset.entity_suggestions(name) == ()
    suggester = dataset._entity_suggester
    assert suggester is not None and suggester.scored == 0


def test_only_names_whose_length_can_reach_the_cutoff_are_scored() -> None:
    """The work per lookup: the names of lengths within 3/7 to 7/3 of the typed one's,
    which are exactly those that can reach a ratio of 60."""
    names = ["a" * n for n in range(1, 101)]
    suggester = Suggester(names)
    suggester.suggest("b" * 30)
    assert suggester.scored == len(range(13, 71))  # ceil(30 * 3 / 7) to floor(30 * 7 / 3)
    suggester.suggest("b" * 30)  # asked again: from the cache
    assert suggester.scored == len(range(13, 71))
    assert Suggester(["a" * 13]).suggest("a" * 30) == ("a" * 13,)  # the bound is tight
    assert Suggester(["a" * 12]).suggest("a" * 30) == ()


def test_names_alike_are_put_in_order_only_as_far_as_the_answer() -> None:
    """Scenario: 2,000 entities named alike ("Episode 1" to "Episode 2000", each with its
    id) and thousands of unknown names took 9 ms a lookup, nearly all of it sorting and
    walking every name within the cutoff (all 2,000: "episode-7" is "Episode 7" once
    normalised). The names are put in order a score
    at a time, and no further than the three owners answered with are known."""
    names = [
        name for number in range(1, 2001) for name in (f"Episode {number}", f"episode-{number}")
    ]
    owners = [f"episode-{number}" for number in range(1, 2001) for _ in range(2)]
    suggester = Suggester(names, owners)
    assert len(suggester._scores("episod 7")[0]) == 2000
    assert suggester.suggest("Episod 7") == ("Episode 7", "Episode 17", "Episode 27")
    assert suggester.ordered == 19
    assert suggester.suggest("Episode 1234") == ("Episode 123", "Episode 124", "Episode 134")
    assert suggester.ordered == 19 + 5


def test_an_owners_second_name_is_waited_for_below_its_id() -> None:
    """An owner whose best name is its id is answered with its next name, however far
    below: the walk goes on until that name is known."""
    suggester = Suggester(["abcdefgh", "abcdefgh xyz qrs"], ["abcdefgh", "abcdefgh"])
    assert suggester.suggest("abcdefgx") == ("abcdefgh xyz qrs",)
    assert Suggester(["abcdefgh"], ["abcdefgh"]).suggest("abcdefgx") == ("abcdefgh",)


def test_a_lookup_scores_a_bounded_number_of_names_however_many_could_reach_the_cutoff() -> None:
    """A dataset may come with a pull request: 80,000 names of 15 letters against 5,000
    unknown subjects of as many (3.5 MB together) took 49 s, each lookup scoring every
    name whose length can reach the cutoff. A lookup scores 2,000 names at most, of
    lengths near the typed one's, nearest it in order and read backwards, where its
    misspelling still is; and looks at 2,000 names at most for those it begins."""
    rng = random.Random(3)
    names = sorted(
        {"".join(rng.choice(string.ascii_lowercase) for _ in range(15)) for _ in range(20_000)}
    )
    suggester = Suggester(names)
    meant = names[12_345]
    assert suggester.suggest(meant[:7] + "x" + meant[8:]) == (meant,)
    # 1,000 nearest in order and 1,000 nearest read backwards, 49 of them in both.
    assert suggester.scored == 1951
    assert suggester.suggest("x" + meant[1:]) == (meant,)  # the slip first: read backwards
    assert suggester.scored == 1951 + 1958
    begun = Suggester([f"abc{number:05d}" for number in range(20_000)])
    assert len(begun._scores("abc")[1]) == 2000
    assert begun.scored == 0  # none of them short enough to be scored beside its raise


def test_a_bounded_lookup_still_finds_a_name_a_slip_made_longer_or_shorter() -> None:
    """Thousands of names of the typed length, sorting before it, lay between a name
    with a letter put in or left out and the name meant, where the names scored were
    one window nearest it in length and then in order: "kate winslett" was answered
    with nothing beside 3,000 names of 13 letters starting "aaa"."""
    rng = random.Random(5)
    filler = {
        "aaa" + "".join(rng.choice(string.ascii_lowercase) for _ in range(length - 3))
        for length in (12, 13, 14)
        for _ in range(3000)
    }
    suggester = Suggester([*filler, "Kate Winslet", "Mia Threapleton"])
    assert suggester.suggest("kate winslett") == ("Kate Winslet",)
    assert suggester.suggest("kate winslt") == ("Kate Winslet",)
    assert suggester.suggest("mia threapletonn") == ("Mia Threapleton",)
    assert suggester.suggest("bate winslet") == ("Kate Winslet",)
    assert suggester.scored == 6086  # of the 9,002 names, at most 2,000 a lookup


def test_a_name_of_the_same_words_in_another_order_or_run_together_is_found() -> None:
    """Scenario: a desk wrote `date_of_birth` and was asked "did you mean 'place_of_birth'?",
    and `birthplace` "'birth_date'?": the letters in order ranked the wrong name first."""
    words = SameWords(["birth_date", "place_of_birth", "runtime", "first_broadcast"])
    assert words.same("date_of_birth") == ("birth_date",)
    assert words.same("birthplace") == ("place_of_birth",)
    assert words.same("Place of Birth") == ("place_of_birth",)
    assert words.same("run_time") == ("runtime",)
    assert words.same("broadcast_first") == ("first_broadcast",)
    assert words.same("birth_place_date") == ()
    assert words.same("runtime") == ()  # the name itself is no suggestion
