"""Fetching a department's ICS feed without letting the feed URL reach civical's own network.

A feed URL is chosen by whoever registers the source, so it must not become a way to read
internal services (server-side request forgery). Addresses are checked where they are used:
``_GuardedBackend`` is the httpcore network backend of the client; it resolves the host
itself, refuses if any resolved address is loopback, private, link-local (cloud metadata
included), CGNAT, multicast, reserved or unspecified, and connects to an address it checked,
so DNS answers that change between a check and the connect (rebinding) cannot slip through.
TLS still runs against the host name: httpcore calls ``start_tls(server_hostname=host)`` on
the stream ``connect_tcp`` returns. Redirects are followed here, one hop at a time, so every
hop's URL and connection pass the same checks. An ``Allowlist`` names hosts or ranges that
may be internal (a county's intranet calendar server).
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import random
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from services.core.errors import Message

MAX_RETRY_AFTER: Final = 30.0
BACKOFF_BASE: Final = 0.5
USER_AGENT: Final = "civical-importer/0.1 (+ICS feed import)"
_REDIRECTS: Final = frozenset({301, 302, 303, 307, 308})
_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class Fetched:
    """A feed body, or ``not_modified`` (empty body) when the validators still match."""

    not_modified: bool
    body: bytes
    etag: str | None
    last_modified: str | None
    final_url: str


class FetchError(Exception):
    """Why a feed could not be fetched; ``code`` is stable for callers and API errors.

    Codes: UNSAFE_URL, FORBIDDEN_ADDRESS, TOO_LARGE, TIMEOUT, HTTP_STATUS, TOO_MANY_REDIRECTS,
    NETWORK. ``retryable`` errors are retried by ``fetch`` before they reach the caller.
    """

    def __init__(
        self,
        code: str,
        message: Message,
        *,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{code}: {message.en}")
        self.code = code
        self.message = message
        self.retryable = retryable
        self.retry_after = retry_after


class Allowlist:
    """Hosts and address ranges that may be fetched although they are not public.

    Built from a comma-separated setting such as ``"127.0.0.1,10.0.0.0/8,calendar.internal"``:
    an entry that parses as an address or CIDR range is a range, anything else a host name
    (whose every resolved address is then allowed).
    """

    def __init__(self, hosts: Iterable[str] = (), networks: Iterable[_IPNetwork] = ()) -> None:
        self.hosts = frozenset(host.strip().lower().rstrip(".") for host in hosts)
        self.networks = tuple(networks)

    @classmethod
    def parse(cls, setting: str | None) -> Allowlist:
        hosts: list[str] = []
        networks: list[_IPNetwork] = []
        for entry in filter(None, (part.strip() for part in (setting or "").split(","))):
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                hosts.append(entry)
        return cls(hosts, networks)

    def permits(self, host: str, address: _IPAddress) -> bool:
        """Whether ``host`` (as in the URL) may be reached at ``address``."""
        if host.lower().rstrip(".") in self.hosts:
            return True
        return any(address in network for network in self.networks)


def is_public(address: _IPAddress) -> bool:
    """Globally routable unicast; IPv4-mapped IPv6 is judged by its IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not (address.is_multicast or address.is_reserved)


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL with a host; no network access."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as error:
        raise FetchError("UNSAFE_URL", Message("Not a valid URL.", "不是有效的网址。")) from error
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(
            "UNSAFE_URL",
            Message(
                "Only http and https URLs with a host can be fetched.",
                "只能获取带主机名的 http 或 https 网址。",
            ),
        )
    if parts.username is not None or parts.password is not None:
        raise FetchError(
            "UNSAFE_URL",
            Message("URLs with credentials are not fetched.", "不获取含用户名或密码的网址。"),
        )


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves, checks and connects to an address in one step; see the module docstring."""

    def __init__(self, allowlist: Allowlist) -> None:
        self._allowlist = allowlist
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._checked_addresses(host, port, timeout)
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError:
                if address == addresses[-1]:
                    raise
        raise httpcore.ConnectError(f"No address for {host!r}")

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise FetchError(
            "UNSAFE_URL", Message("Unix sockets are not fetched.", "不获取 Unix 套接字。")
        )

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def _checked_addresses(
        self, host: str, port: int, seconds: float | None
    ) -> list[_IPAddress]:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(seconds):
                infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            raise httpcore.ConnectError(f"Cannot resolve {host!r}: {error}") from error
        addresses = list(dict.fromkeys(_address(str(info[4][0])) for info in infos))
        refused = [
            a for a in addresses if not is_public(a) and not self._allowlist.permits(host, a)
        ]
        if refused:
            raise FetchError(
                "FORBIDDEN_ADDRESS",
                Message(
                    f"{host} resolves to {refused[0]}, which is not a public address.",
                    f"{host} 解析到 {refused[0]}，不是公网地址。",
                ),
            )
        return addresses


def _address(text: str) -> _IPAddress:
    return ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone index


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with its connection pool rebuilt on ``_GuardedBackend``.

    httpx has no public way to pass httpcore a network backend, so the pool attribute is
    replaced; the assertion makes an httpx release that renames it fail loudly, not open.
    """

    def __init__(self, allowlist: Allowlist) -> None:
        super().__init__(trust_env=False)
        assert isinstance(getattr(self, "_pool", None), httpcore.AsyncConnectionPool)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_GuardedBackend(allowlist),
        )


def guarded_transport(allowlist: Allowlist) -> httpx.AsyncBaseTransport:
    """An httpx transport that connects only to public (or allowlisted) addresses; see above."""
    return _GuardedTransport(allowlist)


async def fetch(
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    allowlist: Allowlist,
    timeout: float = 15,  # noqa: ASYNC109 - bounds each attempt, not the retries
    max_bytes: int = 10_000_000,
    max_redirects: int = 5,
    attempts: int = 3,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Fetched:
    """GET the feed, conditionally when validators are known, retrying transient failures.

    Timeouts, connection errors, 5xx and 429 are retried with exponential back-off and jitter
    (honouring Retry-After up to ``MAX_RETRY_AFTER`` seconds); other failures raise at once.
    ``timeout`` bounds each attempt as a whole, so a server trickling bytes cannot hold it.
    ``transport`` replaces the guarded one (tests); the address checks are then the caller's.
    """
    check_url(url)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/calendar, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    async with httpx.AsyncClient(
        transport=transport or _GuardedTransport(allowlist),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers=headers,
    ) as client:
        attempt = 1
        while True:
            try:
                async with asyncio.timeout(timeout):
                    return await _follow(client, url, max_redirects, max_bytes, etag, last_modified)
            except TimeoutError:
                error = FetchError(
                    "TIMEOUT",
                    Message(
                        f"No complete answer within {timeout} s.", f"{timeout} 秒内未收到完整应答。"
                    ),
                    retryable=True,
                )
            except FetchError as refused:
                error = refused
            if not error.retryable or attempt >= attempts:
                raise error
            await asyncio.sleep(_delay(attempt, error.retry_after))
            attempt += 1


def _delay(attempt: int, retry_after: float | None) -> float:
    backoff = BACKOFF_BASE * 2.0 ** (attempt - 1)
    wait = backoff + random.uniform(0, backoff)
    return min(max(wait, retry_after or 0.0), MAX_RETRY_AFTER)


async def _follow(
    client: httpx.AsyncClient,
    url: str,
    max_redirects: int,
    max_bytes: int,
    etag: str | None,
    last_modified: str | None,
) -> Fetched:
    """One attempt: follow up to ``max_redirects`` redirects, each hop checked again."""
    for _ in range(max_redirects + 1):
        check_url(url)
        try:
            async with client.stream("GET", url) as response:
                location = response.headers.get("Location")
                if response.status_code in _REDIRECTS and location:
                    url = urljoin(url, location)
                    continue
                if response.status_code == 304:
                    return Fetched(
                        not_modified=True,
                        body=b"",
                        etag=response.headers.get("ETag") or etag,
                        last_modified=response.headers.get("Last-Modified") or last_modified,
                        final_url=url,
                    )
                _raise_for_status(response)
                return Fetched(
                    not_modified=False,
                    body=await _read_capped(response, max_bytes),
                    etag=response.headers.get("ETag"),
                    last_modified=response.headers.get("Last-Modified"),
                    final_url=url,
                )
        except httpx.TimeoutException as error:
            raise FetchError(
                "TIMEOUT",
                Message("The server did not answer in time.", "服务器未按时应答。"),
                retryable=True,
            ) from error
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise FetchError(
                "UNSAFE_URL", Message("Not a valid URL.", "不是有效的网址。")
            ) from error
        except httpx.TransportError as error:
            raise FetchError(
                "NETWORK",
                Message(
                    f"The server could not be reached ({type(error).__name__}).",
                    f"无法连接服务器（{type(error).__name__}）。",
                ),
                retryable=True,
            ) from error
    raise FetchError(
        "TOO_MANY_REDIRECTS",
        Message(f"More than {max_redirects} redirects.", f"重定向超过 {max_redirects} 次。"),
    )


def _raise_for_status(response: httpx.Response) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    transient = status >= 500 or status == 429
    raise FetchError(
        "HTTP_STATUS",
        Message(
            f"The server answered {status} {response.reason_phrase}.",
            f"服务器应答 {status} {response.reason_phrase}。",
        ),
        retryable=transient,
        retry_after=_retry_after(response.headers) if transient else None,
    )


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a Retry-After header, given either as seconds or as an HTTP date."""
    value = headers.get("Retry-After", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when: datetime = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The body, refused as soon as it (decompressed) exceeds ``max_bytes``."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            "TOO_LARGE",
            Message(
                f"The feed is {declared} bytes; at most {max_bytes}.",
                f"日历文件有 {declared} 字节，最多 {max_bytes} 字节。",
            ),
        )
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(
                "TOO_LARGE",
                Message(
                    f"The feed is larger than {max_bytes} bytes.",
                    f"日历文件超过 {max_bytes} 字节。",
                ),
            )
    return bytes(body)
