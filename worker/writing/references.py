"""Order numbers, dates and product names a customer mentions, so the reply can name them back.

Everything returned is made of letters, digits and a little punctuation only: it goes into a plain-text
reply that an agent pastes into a helpdesk, so nothing markup- or template-like may survive extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ORDER_WORD = r"(?:order|pedido|commande|bestellung|auftrag|bestellnummer)"
_NUMBER_WORD = r"(?:\s*(?:no\.?|nr\.?|n[º°o]\.?|number|num(?:ber|éro|ero)|número|nummer|id|#|:))*"
_ORDER = re.compile(
    rf"\b{_ORDER_WORD}{_NUMBER_WORD}\s*#?\s*(?P<id>[A-Z]{{0,3}}-?\d{{4,12}})\b"
    r"|(?<![\w&])#\s?(?P<hash>\d{4,12})\b",
    re.IGNORECASE,
)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    "|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    "|januar|februar|märz|maerz|april|juni|juli|oktober|dezember"
)
_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    r"|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?(?:{_MONTHS})\b\.?(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?",
    re.IGNORECASE,
)

# A product is recognisable when it is in the account's catalogue, or when it looks like a model name:
# capitalised words ending in a model number ("Kettle Pro 2", "AirSound X200").
_MODEL = re.compile(r"\b(?:[A-Z][a-zA-Z]+\s){1,3}(?:[A-Z]{0,3}\d{1,5}[A-Za-z]?|Pro|Max|Mini|Plus)\b")
_NOT_PRODUCT_START = {"I", "My", "The", "Order", "Pedido", "Commande", "Bestellung", "Mi", "Mon", "Ma", "Meine",
                      "Mein", "Le", "La", "El", "Die", "Der", "Das", "Ticket", "Invoice", "Factura", "Facture",
                      "Rechnung", "On", "Since", "Am", "Depuis", "Desde"}
_SAFE = re.compile(r"[^\w\s.,\-/#]", re.UNICODE)


@dataclass(frozen=True)
class References:
    orders: tuple[str, ...] = ()  # "#48213", "A-48213"
    dates: tuple[str, ...] = ()  # as the customer wrote them: "12 March", "2024-03-12"
    products: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.orders or self.dates or self.products)


def extract_references(text: str, catalogue: tuple[str, ...] | list[str] = ()) -> References:
    text = text or ""
    return References(
        orders=_unique(_order_ref(m) for m in _ORDER.finditer(text)),
        dates=_unique(_date_ref(m.group(0)) for m in _DATE.finditer(text)),
        products=_unique(_products(text, catalogue)),
    )


def _order_ref(match: re.Match) -> str:
    value = match.group("id") or match.group("hash")
    return f"#{value}" if value.isdigit() else value.upper()


def _date_ref(value: str) -> str:
    value = _clean(value)
    return value if re.fullmatch(r"\d{1,2}\.\d{1,2}\.", value) else value.rstrip(".")


def _products(text: str, catalogue) -> list[str]:
    found = []
    for name in catalogue:
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            found.append(_clean(name))
    for match in _MODEL.finditer(text):
        words = match.group(0).split()
        while words and words[0] in _NOT_PRODUCT_START:
            words = words[1:]
        if len(words) >= 2 and not any(w.lower() in {"order", "pedido", "commande", "bestellung"} for w in words):
            found.append(" ".join(words))
    return found


def _clean(value: str) -> str:
    return " ".join(_SAFE.sub("", value).split())


def _unique(values) -> tuple[str, ...]:
    seen: list[str] = []
    for v in values:
        if v and v.lower() not in {s.lower() for s in seen}:
            seen.append(v)
    return tuple(seen[:3])
