"""URL parsing, percent-encoding, query strings, normalization and reference resolution (RFC 3986)."""
from __future__ import annotations

import dataclasses
import re
import string
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
HEXDIGITS = frozenset(string.hexdigits)
DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443, "ftp": 21}
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")


class URLError(ValueError):
    """Raised for text that is not a valid URL or URL component."""


def percent_encode(text: str, safe: str = "") -> str:
    """Percent-encode the UTF-8 bytes of ``text``, keeping unreserved and ``safe`` characters."""
    keep = UNRESERVED | frozenset(safe)
    pieces: list[str] = []
    for char in text:
        if char in keep:
            pieces.append(char)
        else:
            pieces.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(pieces)


def percent_decode(text: str, plus_as_space: bool = False) -> str:
    """Decode ``%XX`` escapes; the resulting bytes must be valid UTF-8."""
    buffer = bytearray()
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%":
            digits = text[index + 1 : index + 3]
            if len(digits) != 2 or not set(digits) <= HEXDIGITS:
                raise URLError(f"invalid percent-escape at offset {index} in {text!r}")
            buffer.append(int(digits, 16))
            index += 3
            continue
        buffer.extend((" " if plus_as_space and char == "+" else char).encode("utf-8"))
        index += 1
    try:
        return buffer.decode("utf-8")
    except UnicodeDecodeError:
        raise URLError(f"escapes in {text!r} do not form valid UTF-8") from None


@dataclass(frozen=True)
class URL:
    """The five RFC 3986 components, with the authority split into its parts.

    ``host`` is None when there is no authority at all and ``""`` for an
    empty authority such as in ``file:///etc``.
    """

    scheme: str | None = None
    userinfo: str | None = None
    host: str | None = None
    port: int | None = None
    path: str = ""
    query: str | None = None
    fragment: str | None = None

    def __post_init__(self) -> None:
        if self.scheme is not None and not SCHEME.fullmatch(self.scheme):
            raise URLError(f"invalid scheme {self.scheme!r}")
        if self.port is not None and not 0 <= self.port <= 65535:
            raise URLError(f"port out of range: {self.port}")
        if self.host is None and (self.userinfo is not None or self.port is not None):
            raise URLError("userinfo and port require a host")
        if self.host is not None and self.path and not self.path.startswith("/"):
            raise URLError("path must be empty or start with '/' when an authority is present")
        if self.host is None and self.path.startswith("//"):
            raise URLError("path must not start with '//' without an authority")

    @property
    def authority(self) -> str | None:
        if self.host is None:
            return None
        host = f"[{self.host}]" if ":" in self.host else self.host
        userinfo = f"{self.userinfo}@" if self.userinfo is not None else ""
        port = f":{self.port}" if self.port is not None else ""
        return f"{userinfo}{host}{port}"

    @property
    def effective_port(self) -> int | None:
        if self.port is not None:
            return self.port
        return DEFAULT_PORTS.get((self.scheme or "").lower())

    @property
    def is_absolute(self) -> bool:
        return self.scheme is not None

    def replace(self, **changes: Any) -> "URL":
        return dataclasses.replace(self, **changes)

    def query_params(self) -> list[tuple[str, str]]:
        return parse_query(self.query or "")

    def with_query(self, params: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> "URL":
        return self.replace(query=build_query(params) or None)

    def __str__(self) -> str:
        parts: list[str] = []
        if self.scheme is not None:
            parts.append(f"{self.scheme}:")
        if self.host is not None:
            parts.append(f"//{self.authority}")
        parts.append(self.path)
        if self.query is not None:
            parts.append(f"?{self.query}")
        if self.fragment is not None:
            parts.append(f"#{self.fragment}")
        return "".join(parts)


def _parse_authority(authority: str) -> tuple[str | None, str, int | None]:
    userinfo, at, hostport = authority.rpartition("@")
    if hostport.startswith("["):
        end = hostport.find("]")
        if end == -1:
            raise URLError(f"unterminated IPv6 literal in {authority!r}")
        host = hostport[1:end]
        remainder = hostport[end + 1 :]
        if remainder and not remainder.startswith(":"):
            raise URLError(f"unexpected text after IPv6 literal in {authority!r}")
        port_text = remainder[1:]
        if not host or not set(host) <= HEXDIGITS | {":", "."}:
            raise URLError(f"invalid IPv6 literal {host!r}")
    else:
        host, colon, port_text = hostport.partition(":")
        if ":" in port_text:
            raise URLError(f"too many ':' in {authority!r}")
    port: int | None = None
    if port_text:
        if not port_text.isdigit() or not port_text.isascii():
            raise URLError(f"invalid port {port_text!r}")
        port = int(port_text)
    return (userinfo if at else None), host, port


def parse_url(text: str) -> URL:
    """Split ``text`` into its components without decoding anything."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    bad = next((char for char in text if char.isspace() or ord(char) < 32 or ord(char) == 127), None)
    if bad is not None:
        raise URLError(f"invalid character {bad!r} in URL")
    rest = text
    scheme = None
    match = SCHEME.match(rest)
    if match and rest[match.end() : match.end() + 1] == ":":
        scheme = match.group()
        rest = rest[match.end() + 1 :]
    rest, hash_sign, fragment = rest.partition("#")
    rest, question, query = rest.partition("?")
    userinfo = host = port = None
    if rest.startswith("//"):
        slash = rest.find("/", 2)
        authority, rest = (rest[2:], "") if slash == -1 else (rest[2:slash], rest[slash:])
        userinfo, host, port = _parse_authority(authority)
    return URL(
        scheme=scheme,
        userinfo=userinfo,
        host=host,
        port=port,
        path=rest,
        query=query if question else None,
        fragment=fragment if hash_sign else None,
    )


def remove_dot_segments(path: str) -> str:
    """Apply the algorithm of RFC 3986 section 5.2.4."""
    source = path
    output: list[str] = []
    while source:
        if source.startswith("../"):
            source = source[3:]
        elif source.startswith("./"):
            source = source[2:]
        elif source.startswith("/./"):
            source = source[2:]
        elif source == "/.":
            source = "/"
        elif source.startswith("/../") or source == "/..":
            source = "/" + source[4:]
            if output:
                output.pop()
        elif source in (".", ".."):
            source = ""
        else:
            end = source.find("/", 1)
            if end == -1:
                end = len(source)
            output.append(source[:end])
            source = source[end:]
    return "".join(output)


def _merge(base: URL, reference_path: str) -> str:
    if base.host is not None and base.path == "":
        return "/" + reference_path
    return base.path[: base.path.rfind("/") + 1] + reference_path


def resolve(base: URL | str, reference: URL | str) -> URL:
    """Resolve ``reference`` against the absolute URL ``base`` (RFC 3986 section 5.2.2)."""
    base_url = parse_url(base) if isinstance(base, str) else base
    ref = parse_url(reference) if isinstance(reference, str) else reference
    if not base_url.is_absolute:
        raise URLError(f"base URL must be absolute: {str(base_url)!r}")
    if ref.scheme is not None:
        return ref.replace(path=remove_dot_segments(ref.path))
    if ref.host is not None:
        return ref.replace(scheme=base_url.scheme, path=remove_dot_segments(ref.path))
    authority = {"userinfo": base_url.userinfo, "host": base_url.host, "port": base_url.port}
    if ref.path == "":
        query = ref.query if ref.query is not None else base_url.query
        path = base_url.path
    else:
        query = ref.query
        path = ref.path if ref.path.startswith("/") else _merge(base_url, ref.path)
        path = remove_dot_segments(path)
    return URL(scheme=base_url.scheme, path=path, query=query, fragment=ref.fragment, **authority)


def _normalize_escapes(component: str) -> str:
    """Uppercase escape hex digits and decode escapes of unreserved characters."""
    pieces: list[str] = []
    index = 0
    while index < len(component):
        digits = component[index + 1 : index + 3]
        if component[index] == "%" and len(digits) == 2 and set(digits) <= HEXDIGITS:
            char = chr(int(digits, 16))
            pieces.append(char if char in UNRESERVED else f"%{digits.upper()}")
            index += 3
        else:
            pieces.append(component[index])
            index += 1
    return "".join(pieces)


def normalize(url: URL | str) -> URL:
    """Syntax-based normalization (RFC 3986 section 6.2.2) plus default-port removal."""
    parsed = parse_url(url) if isinstance(url, str) else url
    scheme = parsed.scheme.lower() if parsed.scheme is not None else None
    port = parsed.port
    if port is not None and DEFAULT_PORTS.get(scheme or "") == port:
        port = None
    path = _normalize_escapes(parsed.path)
    if parsed.host is not None or path.startswith("/"):
        path = remove_dot_segments(path)
    if parsed.host is not None and path == "":
        path = "/"
    return URL(
        scheme=scheme,
        userinfo=_normalize_escapes(parsed.userinfo) if parsed.userinfo is not None else None,
        host=_normalize_escapes(parsed.host.lower()) if parsed.host is not None else None,
        port=port,
        path=path,
        query=_normalize_escapes(parsed.query) if parsed.query is not None else None,
        fragment=_normalize_escapes(parsed.fragment) if parsed.fragment is not None else None,
    )


def urls_equivalent(first: URL | str, second: URL | str) -> bool:
    """Whether two URLs are equal after normalization."""
    return normalize(first) == normalize(second)


def parse_query(query: str, keep_blank: bool = True) -> list[tuple[str, str]]:
    """Parse ``a=1&b=x+y`` into decoded pairs, in order.

    A leading ``?`` is ignored, empty pieces are skipped and ``+`` means a
    space. Pairs with an empty value are dropped unless ``keep_blank``.
    """
    if query.startswith("?"):
        query = query[1:]
    pairs: list[tuple[str, str]] = []
    for piece in query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        decoded = (percent_decode(name, plus_as_space=True), percent_decode(value, plus_as_space=True))
        if decoded[1] or keep_blank:
            pairs.append(decoded)
    return pairs


def query_dict(query: str) -> dict[str, list[str]]:
    """Group the values of :func:`parse_query` by name."""
    grouped: dict[str, list[str]] = {}
    for name, value in parse_query(query):
        grouped.setdefault(name, []).append(value)
    return grouped


def _format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def _encode_component(text: str) -> str:
    return percent_encode(text, safe=" ").replace(" ", "+")


def build_query(params: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> str:
    """Encode parameters; list or tuple values in a mapping repeat the name."""
    if isinstance(params, Mapping):
        pairs: list[tuple[str, Any]] = []
        for name, value in params.items():
            if isinstance(value, (list, tuple)):
                pairs.extend((name, item) for item in value)
            else:
                pairs.append((name, value))
    else:
        pairs = list(params)
    encoded = []
    for name, value in pairs:
        if not isinstance(name, str) or not name:
            raise URLError(f"query parameter names must be non-empty strings, got {name!r}")
        encoded.append(f"{_encode_component(name)}={_encode_component(_format_value(value))}")
    return "&".join(encoded)
