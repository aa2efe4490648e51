"""UTM links: one per channel, the page's own address kept, bad addresses named."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.export.utm import (
    CHANNELS,
    UtmError,
    campaign_name,
    check_page_url,
    slugify,
    tag,
    tagged_links,
)

PAGE = "https://www.pixel-plume.example/blog/quiz-kpi?lang=fr&ref=a%20b#le-quiz"


def test_one_link_per_channel_in_a_fixed_order() -> None:
    links = tagged_links(PAGE, "Semaine des réseaux sociaux")
    assert [link.channel.id for link in links] == [
        "facebook",
        "instagram",
        "linkedin",
        "x",
        "newsletter",
        "print",
    ]
    assert [c.label for c in CHANNELS] == [
        "Facebook",
        "Instagram",
        "LinkedIn",
        "X",
        "Newsletter",
        "Print",
    ]
    expected = {
        "facebook": ("facebook", "social"),
        "instagram": ("instagram", "social"),
        "linkedin": ("linkedin", "social"),
        "x": ("x", "social"),
        "newsletter": ("newsletter", "email"),
        "print": ("print", "qr_code"),
    }
    for link in links:
        query = parse_qs(urlsplit(link.url).query)
        assert (query["utm_source"][0], query["utm_medium"][0]) == expected[link.channel.id]
        assert query["utm_campaign"] == ["semaine-des-reseaux-sociaux"]
        assert "utm_content" not in query
        assert link.campaign == "semaine-des-reseaux-sociaux" and link.content is None


def test_the_page_query_and_fragment_are_kept_as_written() -> None:
    url = tagged_links(PAGE, "kpi")[0].url
    assert url == (
        "https://www.pixel-plume.example/blog/quiz-kpi?lang=fr&ref=a%20b"
        "&utm_source=facebook&utm_medium=social&utm_campaign=kpi#le-quiz"
    )


def test_utm_parameters_already_there_are_replaced() -> None:
    url = tag(
        "https://example.org/p?UTM_Source=old&utm_medium=old&keep=1&utm_content=old#top",
        {"utm_source": "x", "utm_medium": "social", "utm_campaign": "c"},
    )
    assert url == "https://example.org/p?keep=1&utm_source=x&utm_medium=social&utm_campaign=c#top"


def test_utm_content_only_when_asked_and_encoded() -> None:
    links = tagged_links("https://example.org", "Quiz", content="Bannière A&B")
    query = parse_qs(urlsplit(links[0].url).query)
    assert query["utm_content"] == ["Bannière A&B"]
    assert "Banni%C3%A8re%20A%26B" in links[0].url
    assert links[0].url.startswith("https://example.org/?")  # a bare host gets its '/'
    assert "utm_content" not in tagged_links("https://example.org", "Quiz", content="  ")[0].url


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Semaine des réseaux sociaux", "semaine-des-reseaux-sociaux"),
        ("Quel type d’influenceur êtes-vous ?", "quel-type-d-influenceur-etes-vous"),
        ("Œuvres & cœur — été 2026 !", "oeuvres-coeur-ete-2026"),
        ("  --  ", ""),
        ("😀", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugs_are_cut_at_a_word_end() -> None:
    assert slugify("abc def ghi", max_length=7) == "abc-def"
    assert slugify("abc def ghi", max_length=6) == "abc"
    assert len(slugify("mot " * 40)) <= 60
    assert slugify("x" * 80) == "x" * 60


def test_campaign_comes_from_the_first_name_with_letters() -> None:
    assert campaign_name("", "Mon quiz") == "mon-quiz"
    assert campaign_name("Black Friday", "Mon quiz") == "black-friday"
    with pytest.raises(UtmError, match="campaign name"):
        campaign_name("", "!!!")
    with pytest.raises(UtmError):
        tagged_links(PAGE, "???")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("www.example.org/quiz", r"'www\.example\.org/quiz' is not a web address.*https://www"),
        ("example.org:8080/quiz", "did you mean 'https://example.org:8080/quiz'"),
        ("ftp://example.org/quiz", r"'ftp://example\.org/quiz' is not a web address"),
        ("javascript:alert(1)", r"'javascript:alert\(1\)' is not a web address"),
        ("mailto:a@example.org", "must start with http:// or https://"),
        ("https://", "has no host name"),
        ("https://exa mple.org", "contains spaces"),
        ("   ", "empty"),
    ],
)
def test_addresses_that_are_not_web_pages_are_refused_by_name(url: str, message: str) -> None:
    with pytest.raises(UtmError, match=message):
        check_page_url(url)
    with pytest.raises(QuizbuilderError):
        tagged_links(url, "kpi")


def test_a_web_address_is_accepted_trimmed() -> None:
    assert check_page_url("  HTTPS://Example.org/a?b=1  ") == "HTTPS://Example.org/a?b=1"
    assert check_page_url("http://localhost:8000/") == "http://localhost:8000/"
