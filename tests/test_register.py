import pytest

from tossum.detect import detect
from tossum.register import rewrite
from tossum.segment import segment_document

INFORMAL = (
    "# Papillons du coin — conditions\n\n"
    "Bienvenue ! Tu comptes les papillons de ton jardin et tu nous envoies tes relevés. "
    "On rassemble les données pour les chercheurs de la région et on publie un atlas chaque année.\n\n"
    "## 5. Tes photos\n\n"
    "Tes photos restent à toi. Quand tu envoies une photo, tu nous autorises à la reproduire et à la publier "
    "dans l'atlas, pour le monde entier. Cette autorisation est gratuite. On ne peut pas céder cette "
    "autorisation.\n\n"
    "## 7. L'outil de reconnaissance\n\n"
    "On utilise tes photos pour entraîner notre modèle d'apprentissage automatique. On ne donne jamais tes "
    "photos à des entreprises pour entraîner leurs intelligences artificielles.\n\n"
    "## 8. L'appli\n\n"
    "On te donne le droit d'utiliser l'appli gratuitement, pour ton usage personnel.\n"
)


@pytest.mark.parametrize(
    ("informal", "formal"),
    [
        ("tu nous autorises", "vous nous autorisez"),
        ("Tu nous concèdes", "Vous nous concédez"),
        ("tu ne pourras pas revenir dessus", "vous ne pourrez pas revenir dessus"),
        ("tu t'engages", "vous vous engagez"),
        ("tu peux la retirer", "vous pouvez la retirer"),
        ("On peut la partager", "Nous pouvons la partager"),
        ("on utilise tes photos", "nous utilisons vos photos"),
        ("On te donne le droit", "Nous vous donnons le droit"),
        ("on partage ta photo", "nous partageons votre photo"),
        ("on choisit", "nous choisissons"),
    ],
)
def test_informal_french_is_read_in_vous_and_nous(informal: str, formal: str) -> None:
    text = f"{INFORMAL}\n{informal}.\n"
    rewritten = rewrite(text)
    assert rewritten is not None
    assert rewritten.text.endswith(f"{formal}.\n")


def test_formal_or_english_terms_are_left_as_written() -> None:
    assert rewrite("Vous nous autorisez à publier vos photos. " * 5 + "Tu peux. " * 3) is None
    assert rewrite("You grant us a licence; tu tu tu is not French here.") is None


def test_every_offset_maps_back_to_the_same_words() -> None:
    rewritten = rewrite(INFORMAL)
    assert rewritten is not None
    for source_start, source_end, start, end in rewritten.edits:
        assert rewritten.span_to_source((start, end)) == (source_start, source_end)
        assert rewritten.to_rewritten(source_start) == start
        assert rewritten.to_rewritten(source_end, end=True) == end
    unchanged = INFORMAL.index("Bienvenue")
    assert rewritten.to_source(rewritten.to_rewritten(unchanged)) == unchanged


def test_grants_in_tu_terms_point_at_the_words_of_the_original() -> None:
    detection = detect(INFORMAL, segment_document(INFORMAL), provider="Papillons")
    photos = [g for g in detection.grants if g.clause == "5"]
    assert [(g.grantor, g.grantee) for g in photos] == [("user", "provider")]
    assert {"worldwide", "royalty_free"} <= set(photos[0].kinds)
    assert "transferable" in {a.kind for a in photos[0].negated}
    assert photos[0].verb.quote == "autorises"
    training = [g for g in detection.grants if g.clause == "7"]
    assert training and "ai_training" in training[0].kinds
    app = [g for g in detection.grants if g.clause == "8"]
    assert [(g.grantor, g.grantee, g.flagged) for g in app] == [("provider", "user", False)]
    assert [r.kind for r in detection.reassurances] == ["ai_training"]
    for grant in detection.grants:
        for evidence in [grant.verb, grant.sentence, *(a.evidence for a in grant.attributes)]:
            assert INFORMAL[evidence.start : evidence.end] == evidence.quote
    for reassurance in detection.reassurances:
        assert INFORMAL[reassurance.start : reassurance.end] == reassurance.quote
