"""Actor dictionaries: loading, validation with file and line, and resolving speakers to sides."""

import pandas as pd
import pytest

from framing.actors import ACTOR_COLUMNS, load_actors, resolve_actor


def test_bundled_dictionary_has_the_columns_and_the_study_sides():
    actors = load_actors()
    assert list(actors.columns) == ACTOR_COLUMNS
    assert set(actors["side"]) == {"kremlin", "white_house", "joint", "other"}
    assert set(actors["type"]) <= {"person", "institution", "media", "country", "group"}
    assert len(actors) > 300 and actors["alias"].is_unique


@pytest.mark.parametrize("speaker,actor,side", [
    ("Vladimir Poutine", "Vladimir Putin", "kremlin"),
    ("M. Poutine", "Vladimir Putin", "kremlin"),
    ("le président russe", "Vladimir Putin", "kremlin"),
    ("Le Président russe", "Vladimir Putin", "kremlin"),
    ("le chef du Kremlin", "Vladimir Putin", "kremlin"),
    ("le numéro un russe", "Vladimir Putin", "kremlin"),
    ("Le chef d’Etat russe", "Vladimir Putin", "kremlin"),
    ("la présidence russe", "Kremlin", "kremlin"),
    ("Moscou", "Kremlin", "kremlin"),
    ("un communiqué du Kremlin", "Kremlin", "kremlin"),
    ("le porte-parole du Kremlin", "Dmitri Peskov", "kremlin"),
    ("Iouri Ouchakov", "Yuri Ushakov", "kremlin"),
    ("la diplomatie russe", "Russian Foreign Ministry", "kremlin"),
    ("Donald Trump", "Donald Trump", "white_house"),
    ("le locataire de la Maison-Blanche", "Donald Trump", "white_house"),
    ("le numéro un américain", "Donald Trump", "white_house"),
    ("la Maison blanche", "White House", "white_house"),
    ("la Maison- Blanche", "White House", "white_house"),
    ("Washington", "White House", "white_house"),
    ("la partie américaine", "White House", "white_house"),
    ("des responsables américains", "US official", "white_house"),
    ("Karoline Leavitt", "Karoline Leavitt", "white_house"),
    ("Steve Witkoff", "Steve Witkoff", "white_house"),
    ("des sources proches de la présidence américaine", "White House", "white_house"),
    ("le dirigeant syrien", "Bashar al-Assad", "other"),
    ("Volodymyr Zelensky", "Volodymyr Zelensky", "other"),
    ("le Washington Post", "The Washington Post", "other"),
    ("l'AFP", "AFP", "other"),
])
def test_aliases_resolve_to_actor_and_side(speaker, actor, side):
    assert resolve_actor(speaker) == (actor, side)


@pytest.mark.parametrize("speaker", ["les deux présidents", "MM. Poutine et Trump", "Moscou et Washington",
                                     "Vladimir Poutine et Donald Trump", "Les deux chefs d'Etat"])
def test_speakers_naming_both_sides_are_joint(speaker):
    assert resolve_actor(speaker)[1] == "joint"


def test_unknown_and_empty_speakers():
    assert resolve_actor("un expert en géopolitique") == ("", "other")
    assert resolve_actor("") == ("", "unattributed")


def test_dataframe_dictionary_with_other_labels_and_optional_columns():
    table = pd.DataFrame({"actor": ["Jean Dupont"], "side": ["gauche"], "alias": ["le député Dupont"]})
    actors = load_actors(table)
    assert list(actors.columns) == ACTOR_COLUMNS
    assert resolve_actor("Le député Dupont", actors=table) == ("Jean Dupont", "gauche")


def test_dataframe_without_alias_column_is_refused():
    with pytest.raises(ValueError, match="alias"):
        load_actors(pd.DataFrame({"actor": ["A"], "side": ["b"]}))


@pytest.mark.parametrize("body,line,what", [
    ("actor,side,type,gender,alias\nA,b,person,m,Alpha\nB,,person,m,Beta\n", 3, "empty 'side'"),
    ("actor,side,type,gender,alias\nA,b,person,m,Alpha\nB,c,robot,m,Beta\n", 3, "unknown type"),
    ("# comment\nactor,side,type,gender,alias\nA,b,person,x,Alpha\n", 3, "unknown gender"),
    ("actor,side,type,gender,alias\nA,b,person,m\n", 2, "fields"),
    ("actor,side,type,gender,alias\nA,b,person,m,...\n", 2, "no word"),
    ("actor,side,nom\nA,b,c\n", 1, "header"),
])
def test_malformed_file_error_names_file_and_line(tmp_path, body, line, what):
    path = tmp_path / "mes_acteurs.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=rf"mes_acteurs\.csv, line {line}: .*{what}"):
        load_actors(path)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ValueError, match="absent.csv"):
        load_actors(tmp_path / "absent.csv")


@pytest.mark.parametrize("speaker,actor,side", [
    ("l'ambassadeur russe à Washington", "Russian ambassador", "kremlin"),      # a place inside a modifier
    ("le porte-parole de la Maison-Blanche, Sean Spicer", "Sean Spicer", "white_house"),  # name in apposition
    ("le milliardaire Elon Musk", "Elon Musk", "white_house"),
    ("le communiqué américain", "White House", "white_house"),
    ("le compte rendu russe", "Kremlin", "kremlin"),
    ("un haut responsable de l'administration", "US official", "white_house"),
    ("le Trésor américain", "US Treasury", "white_house"),
    ("l'entourage de Vladimir Poutine", "Kremlin", "kremlin"),
    ("le président du Conseil européen Donald Tusk", "Donald Tusk", "other"),
    ("Trump, qui recevait Poutine", "Donald Trump", "white_house"),
])
def test_the_head_of_a_speaker_phrase_gives_the_actor(speaker, actor, side):
    assert resolve_actor(speaker) == (actor, side)


@pytest.mark.parametrize("speaker", ["Vladimir Poutine et son homologue américain",
                                     "la déclaration publiée par Moscou et Washington",
                                     "le président russe et le président américain"])
def test_coordinated_actors_of_two_sides_are_joint(speaker):
    assert resolve_actor(speaker)[1] == "joint"
