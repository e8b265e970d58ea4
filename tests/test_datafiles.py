"""Reading data tables: comments skipped, source lines kept, malformed files named with their line."""

import pandas as pd
import pytest

from framing.datafiles import read_lines, read_table

OPTS = dict(default="phrases.csv", required=["pattern", "polarity"], what="lexicon",
            columns=["pattern", "polarity", "frame"])


def test_rows_keep_the_line_they_came_from(tmp_path):
    path = tmp_path / "lexique.csv"
    path.write_text("# mon lexique\npattern,polarity,frame\n\nregain de tension,-0.6,conflict\n"
                    "# commentaire\n\"dégel, enfin\",0.5,cooperation\n", encoding="utf-8")
    t = read_table(path, **OPTS)
    assert t["pattern"].tolist() == ["regain de tension", "dégel, enfin"]
    assert t.attrs == {"name": str(path), "where": ["line 4", "line 6"]}


@pytest.mark.parametrize("body,ragged,message", [
    ("pattern,polarity,frame\nvent contraire,-0.5\n", False, "lexique.csv, line 2: 2 fields where the header has 3"),
    ("pattern,polarity,frame\nvent contraire,-0.5,conflict,x\n", True, "lexique.csv, line 2: 4 fields"),
    ("# rien\npattern,frame\n", False, "lexique.csv, line 2: the header is missing column(s) ['polarity']"),
    ("# rien\n\n", False, "lexique.csv: empty lexicon; it needs a header line pattern,polarity,frame"),
    ("pattern,polarity,pattern\n", False, "line 1: column(s) ['pattern'] appear more than once"),
])
def test_malformed_files_are_named_with_their_line(tmp_path, body, ragged, message):
    path = tmp_path / "lexique.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError) as err:
        read_table(path, ragged=ragged, **OPTS)
    assert message in str(err.value)


def test_ragged_tables_pad_short_rows_and_skip_blank_ones(tmp_path):
    path = tmp_path / "lexique.csv"
    path.write_text("pattern,polarity,frame\nvent contraire,-0.5\n,,\nlune de miel,0.6,cooperation\n",
                    encoding="utf-8")
    t = read_table(path, ragged=True, **OPTS)
    assert t.values.tolist() == [["vent contraire", "-0.5", ""], ["lune de miel", "0.6", "cooperation"]]
    assert t.attrs["where"] == ["line 2", "line 4"]


def test_dataframes_become_strings_with_rows_or_lines_located():
    df = pd.DataFrame({"pattern": ["dégel", "lune de miel"], "polarity": [0.6, None]})
    t = read_table(df, frame_rows="row", **OPTS)
    assert t.values.tolist() == [["dégel", "0.6"], ["lune de miel", ""]]
    assert t.attrs == {"name": "<DataFrame>", "where": ["row 1", "row 2"]}
    assert read_table(df, frame_name="lexicon DataFrame", **OPTS).attrs["where"] == ["line 2", "line 3"]
    with pytest.raises(ValueError, match=r"lexicon DataFrame: missing column\(s\) \['polarity'\]"):
        read_table(df[["pattern"]], frame_name="lexicon DataFrame", **OPTS)


def test_unreadable_files_are_named(tmp_path):
    with pytest.raises(ValueError, match="absent.csv: cannot read the lexicon"):
        read_table(tmp_path / "absent.csv", **OPTS)
    with pytest.raises(FileNotFoundError):
        read_lines(tmp_path / "absent.txt", default="stopwords.txt")


def test_word_lists_skip_comments_and_keep_line_numbers(tmp_path):
    path = tmp_path / "mots.txt"
    path.write_text("# mots vides\nle\n\n  la  \n#les\n", encoding="utf-8")
    assert read_lines(path, default="stopwords.txt") == (str(path), [(2, "le"), (4, "la")])
