"""How much of an HTML page trafilatura may be given: at most 20,000 elements, and at
most 1,000 inline elements in one block of text, however they nest."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree, html

from validator.draft.page_size import page_too_deep, page_too_large

TOO_MANY_ELEMENTS = (
    "the page has more than 20,000 HTML elements; save the article's own text (or its "
    "article element) and draft from that"
)
TOO_MANY_INLINE = (
    "a paragraph of the page holds more than 1,000 elements; save the article's text and "
    "draft from that"
)


def _elements(count: int) -> Any:
    """A tree of `count` elements: a body and paragraphs, each a block of its own."""
    body = etree.Element("body")
    for _ in range(count - 1):
        etree.SubElement(body, "p")
    return body


def _paragraph(inline: int, tag: str = "span") -> Any:
    """A paragraph holding `inline` inline elements side by side."""
    paragraph = etree.Element("p")
    for _ in range(inline):
        etree.SubElement(paragraph, tag)
    return paragraph


def test_a_news_page_is_not_too_large() -> None:
    page = html.fromstring(
        "<html><head><title>T</title></head><body><article>"
        "<p>Kate <b>Winslet</b> stars in <a href='/x'><i>I Am Ruth</i></a>.</p>"
        "</article></body></html>"
    )
    assert page_too_large(page) is None


def test_a_page_of_twenty_thousand_elements_and_no_more() -> None:
    assert page_too_large(_elements(20_000)) is None
    assert page_too_large(_elements(20_001)) == TOO_MANY_ELEMENTS


def test_a_block_of_a_thousand_inline_elements_and_no_more() -> None:
    assert page_too_large(_paragraph(1_000)) is None
    assert page_too_large(_paragraph(1_001)) == TOO_MANY_INLINE


@pytest.mark.parametrize("tag", ["a", "b", "br", "em", "SPAN", "Strong", "wbr"])
def test_each_inline_element_counts_whatever_the_case_of_its_name(tag: str) -> None:
    assert page_too_large(_paragraph(1_001, tag)) == TOO_MANY_INLINE


def test_inline_elements_nested_in_one_block_count_together() -> None:
    paragraph = etree.Element("p")
    for _ in range(91):  # 91 spans of 10 bold words each: 1,001 inline elements
        span = etree.SubElement(paragraph, "span")
        for _ in range(10):
            etree.SubElement(span, "b")
    assert page_too_large(paragraph) == TOO_MANY_INLINE
    paragraph.remove(paragraph[0])  # 990 of them
    assert page_too_large(paragraph) is None


def test_each_block_counts_its_own_inline_elements() -> None:
    body = etree.Element("body")
    for _ in range(3):
        paragraph = etree.SubElement(body, "p")
        for _ in range(800):
            etree.SubElement(paragraph, "span")
    assert page_too_large(body) is None


def test_a_block_inside_an_inline_element_starts_a_count_of_its_own() -> None:
    paragraph = _paragraph(600)
    inner = etree.SubElement(paragraph[0], "div")
    for _ in range(600):
        etree.SubElement(inner, "span")
    assert page_too_large(paragraph) is None
    inner.tag = "em"  # no block after all: the 600 inside join the 600 around it
    assert page_too_large(paragraph) == TOO_MANY_INLINE


def test_comments_and_instructions_count_as_elements() -> None:
    body = _elements(19_999)
    body.append(etree.Comment("a note"))
    assert page_too_large(body) is None
    body.append(etree.ProcessingInstruction("xml-stylesheet"))
    assert page_too_large(body) == TOO_MANY_ELEMENTS


def test_a_page_nested_deeper_than_the_stack_is_walked_without_recursion() -> None:
    root = element = etree.Element("div")
    for _ in range(19_999):
        element = etree.SubElement(element, "div")
    assert page_too_large(root) is None
    etree.SubElement(element, "div")
    assert page_too_large(root) == TOO_MANY_ELEMENTS


TOO_DEEP = (
    "the page nests its elements 256 deep, as deep as the HTML parser reads, past which "
    "it reads nothing more of the page; save the article's text and draft from that"
)


def test_a_page_as_deep_as_the_parser_nests_elements_and_no_deeper() -> None:
    root = element = etree.Element("html")
    for _ in range(254):
        element = etree.SubElement(element, "div")
    assert page_too_deep(root) is None  # 255 deep, the root counted
    etree.SubElement(element, "div")
    assert page_too_deep(root) == TOO_DEEP
