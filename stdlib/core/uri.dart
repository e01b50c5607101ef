// dart:core Uri: RFC 3986 parsing into scheme, user info, host, port, path, query and fragment
// (normalized as the Dart VM does: lower-case scheme and host, default ports dropped, percent
// escapes upper-cased, characters outside each component's set percent-encoded as UTF-8),
// reference resolution, file paths (POSIX), query parameters and the static percent
// encoders and decoders; dot segments removed from paths with a scheme or authority. UriData
// (at the end) reads a data: URI's MIME type, parameters and content.

class Uri {
  final String scheme;
  final String _userInfo;
  // null: no authority. Kept as written (with brackets for IPv6), normalized.
  final String? _host;
  // null: no port, or the scheme's default port.
  final int? _port;
  final String path;
  final String? _query;
  final String? _fragment;

  Uri._internal(this.scheme, this._userInfo, this._host, this._port, this.path, this._query,
      this._fragment);

  factory Uri(
      {String? scheme,
      String? userInfo,
      String? host,
      int? port,
      String? path,
      Iterable<String>? pathSegments,
      String? query,
      Map<String, dynamic>? queryParameters,
      String? fragment}) {
    String s = scheme == null ? "" : _makeScheme(scheme);
    String u = userInfo == null ? "" : _normalize(userInfo, _userInfoChars);
    String? h = host == null ? null : _makeHost(host);
    if (h == null && (u.isNotEmpty || port != null || s == "file")) h = "";
    int? p = (port != null && port == _defaultPort(s)) ? null : port;
    String pth;
    if (pathSegments != null) {
      if (path != null) throw ArgumentError("Both path and pathSegments specified");
      pth = pathSegments.map((String segment) => _encode(segment, _segmentChars, false)).join("/");
    } else {
      pth = path == null ? "" : _normalize(path, _pathChars);
    }
    if (h != null && pth.isNotEmpty && !pth.startsWith("/")) pth = "/$pth";
    pth = _normalizePath(pth, s, h != null);
    String? q;
    if (queryParameters != null) {
      if (query != null) throw ArgumentError("Both query and queryParameters specified");
      q = _makeQueryFromParameters(queryParameters);
    } else if (query != null) {
      q = _normalize(query, _queryChars);
    }
    String? f = fragment == null ? null : _normalize(fragment, _queryChars);
    return Uri._internal(s, u, h, p, pth, q, f);
  }

  factory Uri.http(String authority,
          [String unencodedPath = "", Map<String, dynamic>? queryParameters]) =>
      _makeHttp("http", authority, unencodedPath, queryParameters);

  factory Uri.https(String authority,
          [String unencodedPath = "", Map<String, dynamic>? queryParameters]) =>
      _makeHttp("https", authority, unencodedPath, queryParameters);

  static Uri _makeHttp(String scheme, String authority, String unencodedPath,
      Map<String, dynamic>? queryParameters) {
    Uri parsed = Uri.parse("$scheme://$authority");
    String path = _encode(unencodedPath, _pathChars, false);
    return Uri(
        scheme: scheme,
        userInfo: parsed.userInfo,
        host: parsed.host,
        port: parsed.hasPort ? parsed.port : null,
        path: path,
        queryParameters: queryParameters);
  }

  // A file: URI for a POSIX path ("/a/b" is absolute, "a/b" relative). [windows] true is not
  // supported.
  factory Uri.file(String path, {bool? windows}) {
    if (windows == true) throw UnsupportedError("Windows file paths are not supported");
    List<String> segments = path.split("/");
    if (path.startsWith("/")) return Uri(scheme: "file", pathSegments: segments);
    return Uri(pathSegments: segments);
  }

  // A data: URI holding [content]: percent-encoded UTF-8, or base64 when [base64]. [encoding]
  // (a dart:convert Encoding) only names the charset parameter; the bytes are always UTF-8.
  factory Uri.dataFromString(String content,
      {String? mimeType, dynamic encoding, Map<String, String>? parameters, bool base64 = false}) {
    StringBuffer out = StringBuffer("data:");
    if (mimeType != null && mimeType != "text/plain") out.write(mimeType);
    if (encoding != null) {
      String name = encoding.name;
      if (name != "us-ascii") out.write(";charset=${_encode(name, "", false)}");
    }
    parameters?.forEach((key, value) {
      out.write(";${_encode(key, "", false)}=${_encode(value, "", false)}");
    });
    if (base64) {
      List<int> bytes = <int>[];
      for (int i = 0; i < content.length; i++) {
        List<int> units = _utf8Bytes(content, i);
        if (units.length == 4) i++;
        bytes.addAll(units);
      }
      out.write(";base64,");
      out.write(_base64(bytes));
    } else {
      out.write(",");
      out.write(_encode(content, "!\$&'()*+,;=:@/?", false));
    }
    return Uri.parse(out.toString());
  }

  // A data: URI of [bytes]: base64 unless [percentEncoded], as Dart writes it.
  factory Uri.dataFromBytes(List<int> bytes,
      {String mimeType = "application/octet-stream",
      Map<String, String>? parameters,
      bool percentEncoded = false}) {
    StringBuffer out = StringBuffer("data:");
    if (mimeType.toLowerCase() != "text/plain") out.write(_encode(mimeType, "/", false));
    parameters?.forEach((key, value) {
      out.write(";${_encode(key, "", false)}=${_encode(value, "", false)}");
    });
    if (percentEncoded) {
      out.write(",");
      for (int byte in bytes) {
        if (byte < 0x80 && _allowed(byte, "!\$&'()*+,;=:@/?")) {
          out.writeCharCode(byte);
        } else {
          _writeEscaped(out, byte & 0xFF);
        }
      }
    } else {
      out.write(";base64,");
      out.write(_base64(bytes));
    }
    return Uri.parse(out.toString());
  }

  /// The content of a data: URI, null for any other scheme.
  UriData? get data => scheme == "data" ? UriData.fromUri(this) : null;

  static String _base64(List<int> bytes) {
    const String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuffer out = StringBuffer();
    for (int i = 0; i < bytes.length; i += 3) {
      int b0 = bytes[i];
      int b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
      int b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
      int word = (b0 << 16) | (b1 << 8) | b2;
      out.write(alphabet[(word >> 18) & 63]);
      out.write(alphabet[(word >> 12) & 63]);
      out.write(i + 1 < bytes.length ? alphabet[(word >> 6) & 63] : "=");
      out.write(i + 2 < bytes.length ? alphabet[word & 63] : "=");
    }
    return out.toString();
  }

  factory Uri.directory(String path, {bool? windows}) {
    if (!path.endsWith("/")) path = "$path/";
    return Uri.file(path, windows: windows);
  }

  static Uri parse(String uri, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, uri.length);
    return _parse(uri.substring(start, actualEnd), true)!;
  }

  static Uri? tryParse(String uri, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, uri.length);
    return _parse(uri.substring(start, actualEnd), false);
  }

  // Parses [text]; on a syntax error throws FormatException when [throwOnError], else returns
  // null.
  static Uri? _parse(String text, bool throwOnError) {
    int length = text.length;
    int index = 0;
    String scheme = "";
    // A scheme is the text before the first ':' if that comes before any '/', '?' or '#'.
    for (int i = 0; i < length; i++) {
      int c = text.codeUnitAt(i);
      if (c == 0x2F || c == 0x3F || c == 0x23) break;
      if (c == 0x3A) {
        if (i == 0) return _fail("Invalid empty scheme", text, 0, throwOnError);
        for (int j = 0; j < i; j++) {
          int sc = text.codeUnitAt(j);
          bool ok = _isAlpha(sc) || (j > 0 && (_isDigit(sc) || sc == 0x2B || sc == 0x2D || sc == 0x2E));
          if (!ok) return _fail("Illegal scheme character", text, j, throwOnError);
        }
        scheme = text.substring(0, i).toLowerCase();
        index = i + 1;
        break;
      }
    }
    String userInfo = "";
    String? host;
    int? port;
    if (text.startsWith("//", index)) {
      int authorityStart = index + 2;
      int authorityEnd = authorityStart;
      while (authorityEnd < length) {
        int c = text.codeUnitAt(authorityEnd);
        if (c == 0x2F || c == 0x3F || c == 0x23) break;
        authorityEnd++;
      }
      String authority = text.substring(authorityStart, authorityEnd);
      int at = authority.lastIndexOf("@");
      String hostPort = authority;
      if (at >= 0) {
        userInfo = _normalize(authority.substring(0, at), _userInfoChars);
        hostPort = authority.substring(at + 1);
      }
      int portColon = -1;
      int closeBracket = hostPort.lastIndexOf("]");
      int lastColon = hostPort.lastIndexOf(":");
      if (lastColon > closeBracket) portColon = lastColon;
      String hostText = portColon >= 0 ? hostPort.substring(0, portColon) : hostPort;
      if (portColon >= 0) {
        String portText = hostPort.substring(portColon + 1);
        int value = 0;
        for (int i = 0; i < portText.length; i++) {
          int c = portText.codeUnitAt(i);
          if (!_isDigit(c)) {
            return _fail("Invalid port", text, authorityStart + (at + 1) + portColon + 1 + i,
                throwOnError);
          }
          value = value * 10 + (c - 0x30);
        }
        if (portText.isNotEmpty) port = value;
      }
      if (hostText.startsWith("[") && !hostText.endsWith("]")) {
        return _fail("Missing end `]` to match `[` in host", text, authorityStart + at + 1,
            throwOnError);
      }
      host = _makeHost(hostText);
      index = authorityEnd;
    }
    int pathEnd = index;
    while (pathEnd < length) {
      int c = text.codeUnitAt(pathEnd);
      if (c == 0x3F || c == 0x23) break;
      pathEnd++;
    }
    String path = _normalize(text.substring(index, pathEnd), _pathChars);
    // A data: URI's path is its content, which Dart keeps as written.
    if (scheme != "data") path = _normalizePath(path, scheme, host != null);
    if (host == null && scheme == "file") host = "";
    if (host != null && path.isEmpty && scheme == "file") path = "/";
    String? query;
    String? fragment;
    int hash = text.indexOf("#", pathEnd);
    int queryEnd = hash < 0 ? length : hash;
    if (pathEnd < length && text.codeUnitAt(pathEnd) == 0x3F) {
      query = _normalize(text.substring(pathEnd + 1, queryEnd), _queryChars);
    }
    if (hash >= 0) fragment = _normalize(text.substring(hash + 1), _queryChars);
    if (port != null && port == _defaultPort(scheme)) port = null;
    return Uri._internal(scheme, userInfo, host, port, path, query, fragment);
  }

  static Uri? _fail(String message, String source, int offset, bool throwOnError) {
    if (throwOnError) throw FormatException(message, source, offset);
    return null;
  }

  static int _defaultPort(String scheme) {
    if (scheme == "http" || scheme == "ws") return 80;
    if (scheme == "https" || scheme == "wss") return 443;
    return 0;
  }

  static String _makeScheme(String scheme) => scheme.toLowerCase();

  static String _makeHost(String host) {
    if (host.startsWith("[")) return host.toLowerCase();
    return _normalize(host, _hostChars).toLowerCase();
  }

  static bool _isAlpha(int c) => (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);

  static bool _isDigit(int c) => c >= 0x30 && c <= 0x39;

  static bool _isUnreserved(int c) =>
      _isAlpha(c) || _isDigit(c) || c == 0x2D || c == 0x2E || c == 0x5F || c == 0x7E;

  // Character sets of the components, beyond the unreserved characters.
  static const String _userInfoChars = "!\$&'()*+,;=:";
  static const String _hostChars = "!\$&'()*+,;=";
  static const String _segmentChars = "!\$&'()*+,;=:@";
  static const String _pathChars = "!\$&'()*+,;=:@/";
  static const String _queryChars = "!\$&'()*+,;=:@/?";

  static bool _allowed(int c, String extra) {
    if (_isUnreserved(c)) return true;
    for (int i = 0; i < extra.length; i++) {
      if (extra.codeUnitAt(i) == c) return true;
    }
    return false;
  }

  static const String _hexDigits = "0123456789ABCDEF";

  static int _hexValue(int c) {
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    int lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
    return -1;
  }

  // The UTF-8 bytes of the code point starting at [text][i] (a surrogate pair counts once).
  static List<int> _utf8Bytes(String text, int i) {
    int c = text.codeUnitAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) {
      int low = text.codeUnitAt(i + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }
    if (c < 0x80) return <int>[c];
    if (c < 0x800) return <int>[0xC0 | (c >> 6), 0x80 | (c & 0x3F)];
    if (c < 0x10000) {
      return <int>[0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)];
    }
    return <int>[
      0xF0 | (c >> 18),
      0x80 | ((c >> 12) & 0x3F),
      0x80 | ((c >> 6) & 0x3F),
      0x80 | (c & 0x3F)
    ];
  }

  static void _writeEscaped(StringBuffer out, int byte) {
    out.write("%");
    out.write(_hexDigits[byte >> 4]);
    out.write(_hexDigits[byte & 15]);
  }

  // Percent-encodes every character of [text] outside the unreserved set and [extra], as
  // UTF-8; a space becomes '+' when [spaceToPlus].
  static String _encode(String text, String extra, bool spaceToPlus) {
    StringBuffer out = StringBuffer();
    for (int i = 0; i < text.length; i++) {
      int c = text.codeUnitAt(i);
      if (_allowed(c, extra)) {
        out.writeCharCode(c);
      } else if (spaceToPlus && c == 0x20) {
        out.write("+");
      } else {
        List<int> bytes = _utf8Bytes(text, i);
        if (bytes.length == 4) i++;
        for (int b in bytes) {
          _writeEscaped(out, b);
        }
      }
    }
    return out.toString();
  }

  // A component as Dart's parser normalizes it: valid escapes upper-cased (or decoded when they
  // stand for an unreserved character), other characters outside [extra] encoded.
  static String _normalize(String text, String extra) {
    StringBuffer out = StringBuffer();
    for (int i = 0; i < text.length; i++) {
      int c = text.codeUnitAt(i);
      if (c == 0x25 && i + 2 < text.length) {
        int high = _hexValue(text.codeUnitAt(i + 1));
        int low = _hexValue(text.codeUnitAt(i + 2));
        if (high >= 0 && low >= 0) {
          int value = high * 16 + low;
          if (_isUnreserved(value)) {
            out.writeCharCode(value);
          } else {
            _writeEscaped(out, value);
          }
          i += 2;
          continue;
        }
      }
      if (_allowed(c, extra)) {
        out.writeCharCode(c);
      } else {
        List<int> bytes = _utf8Bytes(text, i);
        if (bytes.length == 4) i++;
        for (int b in bytes) {
          _writeEscaped(out, b);
        }
      }
    }
    return out.toString();
  }

  // Decodes %XX escapes as UTF-8 (and '+' as a space when [plusToSpace]).
  static String _decode(String text, bool plusToSpace) {
    bool simple = true;
    for (int i = 0; i < text.length; i++) {
      int c = text.codeUnitAt(i);
      if (c == 0x25 || (plusToSpace && c == 0x2B)) {
        simple = false;
        break;
      }
    }
    if (simple) return text;
    List<int> units = <int>[];
    List<int> bytes = <int>[];
    for (int i = 0; i < text.length; i++) {
      int c = text.codeUnitAt(i);
      if (c == 0x25) {
        if (i + 2 >= text.length) throw ArgumentError("Truncated URI");
        int high = _hexValue(text.codeUnitAt(i + 1));
        int low = _hexValue(text.codeUnitAt(i + 2));
        if (high < 0 || low < 0) throw ArgumentError("Invalid URL encoding");
        bytes.add(high * 16 + low);
        i += 2;
        continue;
      }
      _flushUtf8(bytes, units);
      if (c > 0x7F) {
        units.add(c);
      } else {
        units.add(plusToSpace && c == 0x2B ? 0x20 : c);
      }
    }
    _flushUtf8(bytes, units);
    return String.fromCharCodes(units);
  }

  // Decodes the UTF-8 [bytes] into UTF-16 [units] (malformed sequences become U+FFFD).
  static void _flushUtf8(List<int> bytes, List<int> units) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i];
      int need = b < 0x80 ? 0 : (b >= 0xF0 ? 3 : (b >= 0xE0 ? 2 : (b >= 0xC0 ? 1 : -1)));
      if (need < 0 || i + need >= bytes.length) {
        units.add(0xFFFD);
        i++;
        continue;
      }
      int c = need == 0 ? b : (b & (0x3F >> need));
      bool ok = true;
      for (int k = 1; k <= need; k++) {
        int next = bytes[i + k];
        if ((next & 0xC0) != 0x80) ok = false;
        c = (c << 6) | (next & 0x3F);
      }
      if (!ok) {
        units.add(0xFFFD);
        i++;
        continue;
      }
      if (c >= 0x10000) {
        c -= 0x10000;
        units.add(0xD800 + (c >> 10));
        units.add(0xDC00 + (c & 0x3FF));
      } else {
        units.add(c);
      }
      i += need + 1;
    }
    bytes.clear();
  }

  static String _makeQueryFromParameters(Map<String, dynamic> queryParameters) {
    List<String> parts = <String>[];
    queryParameters.forEach((String key, dynamic value) {
      String encodedKey = _encode(key, "", true);
      if (value == null || value is String) {
        parts.add(value == null ? encodedKey : "$encodedKey=${_encode(value, "", true)}");
      } else {
        for (Object? v in value) {
          parts.add("$encodedKey=${_encode(v as String, "", true)}");
        }
      }
    });
    return parts.join("&");
  }

  String get userInfo => _userInfo;

  String get host {
    String? host = _host;
    if (host == null) return "";
    if (host.startsWith("[")) return host.substring(1, host.length - 1);
    return host;
  }

  int get port => _port ?? _defaultPort(scheme);

  String get query => _query ?? "";

  String get fragment => _fragment ?? "";

  String get authority {
    if (_host == null) return "";
    StringBuffer sb = StringBuffer();
    _writeAuthority(sb);
    return sb.toString();
  }

  bool get hasScheme => scheme.isNotEmpty;

  bool get hasAuthority => _host != null;

  bool get hasPort => _port != null;

  bool get hasQuery => _query != null;

  bool get hasFragment => _fragment != null;

  bool get hasEmptyPath => path.isEmpty;

  bool get hasAbsolutePath => path.startsWith("/");

  bool get isAbsolute => scheme != "" && _fragment == null;

  bool isScheme(String scheme) => this.scheme == scheme.toLowerCase();

  String get origin {
    if (scheme == "") throw StateError("Cannot use origin without a scheme: $this");
    if (scheme != "http" && scheme != "https") {
      throw StateError("Origin is only applicable schemes http and https: $this");
    }
    if (_host == null || _host == "") {
      throw StateError("A $scheme: URI should have a non-empty host name: $this");
    }
    if (_port == null) return "$scheme://$_host";
    return "$scheme://$_host:$_port";
  }

  List<String> get pathSegments {
    String pathToSplit = path;
    if (pathToSplit.startsWith("/")) pathToSplit = pathToSplit.substring(1);
    if (pathToSplit.isEmpty) return const <String>[];
    return List<String>.unmodifiable(
        pathToSplit.split("/").map((String segment) => _decode(segment, false)));
  }

  Map<String, String> get queryParameters => Map<String, String>.unmodifiable(splitQueryString(query));

  Map<String, List<String>> get queryParametersAll {
    Map<String, List<String>> result = <String, List<String>>{};
    for (String element in query.split("&")) {
      int index = element.indexOf("=");
      if (index == -1) {
        if (element != "") result.putIfAbsent(decodeQueryComponent(element), () => <String>[]).add("");
      } else if (index != 0) {
        String key = decodeQueryComponent(element.substring(0, index));
        String value = decodeQueryComponent(element.substring(index + 1));
        result.putIfAbsent(key, () => <String>[]).add(value);
      }
    }
    return Map<String, List<String>>.unmodifiable(result);
  }

  static Map<String, String> splitQueryString(String query) {
    Map<String, String> result = <String, String>{};
    for (String element in query.split("&")) {
      int index = element.indexOf("=");
      if (index == -1) {
        if (element != "") result[decodeQueryComponent(element)] = "";
      } else if (index != 0) {
        result[decodeQueryComponent(element.substring(0, index))] =
            decodeQueryComponent(element.substring(index + 1));
      }
    }
    return result;
  }

  static String encodeComponent(String component) => _encode(component, "!'()*", false);

  static String encodeQueryComponent(String component) => _encode(component, "", true);

  static String encodeFull(String uri) => _encode(uri, "!#\$&'()*+,/:;=?@[]", false);

  static String decodeComponent(String encodedComponent) => _decode(encodedComponent, false);

  static String decodeQueryComponent(String encodedComponent) => _decode(encodedComponent, true);

  static String decodeFull(String uri) => _decode(uri, false);

  /// This URI with the dot segments of its path removed (as Dart's normalizePath).
  Uri normalizePath() {
    String normalized = _normalizePath(path, scheme, hasAuthority);
    if (normalized == path) return this;
    return replace(path: normalized);
  }

  Uri removeFragment() =>
      _fragment == null ? this : Uri._internal(scheme, _userInfo, _host, _port, path, _query, null);

  Uri replace(
      {String? scheme,
      String? userInfo,
      String? host,
      int? port,
      String? path,
      Iterable<String>? pathSegments,
      String? query,
      Map<String, dynamic>? queryParameters,
      String? fragment}) {
    return Uri(
        scheme: scheme ?? this.scheme,
        userInfo: userInfo ?? _userInfo,
        host: host ?? _host,
        port: port ?? _port,
        path: pathSegments == null ? (path ?? this.path) : null,
        pathSegments: pathSegments,
        query: queryParameters == null ? (query ?? _query) : null,
        queryParameters: queryParameters,
        fragment: fragment ?? _fragment);
  }

  Uri resolve(String reference) => resolveUri(Uri.parse(reference));

  // RFC 3986 section 5.2, with Dart's treatment of relative bases.
  Uri resolveUri(Uri reference) {
    String targetScheme;
    String targetUserInfo = "";
    String? targetHost;
    int? targetPort;
    String targetPath;
    String? targetQuery;
    if (reference.scheme.isNotEmpty) {
      targetScheme = reference.scheme;
      if (reference.hasAuthority) {
        targetUserInfo = reference._userInfo;
        targetHost = reference._host;
        targetPort = reference._port;
      }
      targetPath = _removeDotSegments(reference.path);
      targetQuery = reference._query;
    } else {
      targetScheme = scheme;
      if (reference.hasAuthority) {
        targetUserInfo = reference._userInfo;
        targetHost = reference._host;
        targetPort = reference._port;
        targetPath = _removeDotSegments(reference.path);
        targetQuery = reference._query;
      } else {
        targetUserInfo = _userInfo;
        targetHost = _host;
        targetPort = _port;
        if (reference.path == "") {
          targetPath = path;
          targetQuery = reference.hasQuery ? reference._query : _query;
        } else {
          if (reference.hasAbsolutePath) {
            targetPath = _removeDotSegments(reference.path);
          } else if (hasEmptyPath) {
            if (!hasAuthority) {
              targetPath = hasScheme ? _removeDotSegments(reference.path) : reference.path;
            } else {
              targetPath = _removeDotSegments("/${reference.path}");
            }
          } else {
            String merged = path.substring(0, path.lastIndexOf("/") + 1) + reference.path;
            targetPath = (hasScheme || hasAuthority || hasAbsolutePath)
                ? _removeDotSegments(merged)
                : _normalizeRelativePath(merged);
          }
          targetQuery = reference._query;
        }
      }
    }
    if (targetPort != null && targetPort == _defaultPort(targetScheme)) targetPort = null;
    return Uri._internal(targetScheme, targetUserInfo, targetHost, targetPort, targetPath,
        targetQuery, reference._fragment);
  }

  // As in Dart, a path with a scheme or an authority, or an absolute one, loses its dot
  // segments ("http://h/a/../b" is "http://h/b"); a relative path keeps its leading "..".
  static String _normalizePath(String path, String scheme, bool hasAuthority) {
    if (scheme.isEmpty && !hasAuthority && !path.startsWith("/")) {
      return _normalizeRelativePath(path);
    }
    return _removeDotSegments(path);
  }

  static bool _mayContainDotSegments(String path) {
    if (path.startsWith(".")) return true;
    return path.contains("/.");
  }

  static String _removeDotSegments(String path) {
    if (!_mayContainDotSegments(path)) return path;
    List<String> output = <String>[];
    bool appendSlash = false;
    for (String segment in path.split("/")) {
      appendSlash = false;
      if (segment == "..") {
        if (output.isNotEmpty) {
          output.removeLast();
          if (output.isEmpty) output.add("");
        }
        appendSlash = true;
      } else if (segment == ".") {
        appendSlash = true;
      } else {
        output.add(segment);
      }
    }
    if (appendSlash) output.add("");
    return output.join("/");
  }

  // Removes "." segments and the ".." segments that can be resolved, keeping leading ".."s of
  // a relative path.
  static String _normalizeRelativePath(String path) {
    if (!_mayContainDotSegments(path)) return path;
    List<String> output = <String>[];
    bool appendSlash = false;
    for (String segment in path.split("/")) {
      appendSlash = false;
      if (segment == "..") {
        if (output.isNotEmpty && output.last != "..") {
          output.removeLast();
          appendSlash = true;
        } else {
          output.add("..");
        }
      } else if (segment == ".") {
        appendSlash = true;
      } else {
        output.add(segment);
      }
    }
    if (output.isEmpty || (output.length == 1 && output[0].isEmpty)) return "./";
    if (appendSlash || output.last == "..") output.add("");
    return output.join("/");
  }

  String toFilePath({bool? windows}) {
    if (windows == true) throw UnsupportedError("Windows file paths are not supported");
    if (scheme != "" && scheme != "file") {
      throw UnsupportedError("Cannot extract a file path from a $scheme URI");
    }
    if (_query != null && _query != "") {
      throw UnsupportedError("Cannot extract a file path from a URI with a query component");
    }
    if (_fragment != null && _fragment != "") {
      throw UnsupportedError("Cannot extract a file path from a URI with a fragment component");
    }
    if (host != "") {
      throw UnsupportedError(
          "Cannot extract a non-Windows file path from a file URI with an authority");
    }
    List<String> segments = pathSegments;
    for (String segment in segments) {
      if (segment.contains("/")) {
        throw UnsupportedError("A file path segment cannot contain a slash");
      }
    }
    String result = segments.join("/");
    if (hasAbsolutePath) return "/$result";
    return result;
  }

  void _writeAuthority(StringBuffer sb) {
    if (_userInfo.isNotEmpty) {
      sb.write(_userInfo);
      sb.write("@");
    }
    String? host = _host;
    if (host != null) sb.write(host);
    int? port = _port;
    if (port != null) {
      sb.write(":");
      sb.write(port);
    }
  }

  String toString() {
    StringBuffer sb = StringBuffer();
    if (scheme.isNotEmpty) {
      sb.write(scheme);
      sb.write(":");
    }
    if (_host != null || scheme == "file") {
      sb.write("//");
      _writeAuthority(sb);
    }
    sb.write(path);
    if (_query != null) {
      sb.write("?");
      sb.write(_query);
    }
    if (_fragment != null) {
      sb.write("#");
      sb.write(_fragment);
    }
    return sb.toString();
  }

  bool operator ==(Object other) {
    if (identical(this, other)) return true;
    return other is Uri &&
        scheme == other.scheme &&
        hasAuthority == other.hasAuthority &&
        userInfo == other.userInfo &&
        host == other.host &&
        port == other.port &&
        path == other.path &&
        hasQuery == other.hasQuery &&
        query == other.query &&
        hasFragment == other.hasFragment &&
        fragment == other.fragment;
  }

  int get hashCode => toString().hashCode;
}

/// The parts of a data: URI (RFC 2397): "data:[mimeType][;name=value]*[;base64],content".
class UriData {
  final String _text;  // The whole URI, "data:..." (path and query).
  final Uri? _uri;
  final int _mimeEnd;  // The end of the MIME type (the first ';' or ',').
  final int _comma;  // The comma before the content.
  final bool isBase64;
  final Map<String, String> _parameters;

  UriData._(this._text, this._uri, this._mimeEnd, this._comma, this.isBase64, this._parameters);

  factory UriData.fromString(String content,
          {String? mimeType,
          dynamic encoding,
          Map<String, String>? parameters,
          bool base64 = false}) =>
      Uri.dataFromString(content,
              mimeType: mimeType, encoding: encoding, parameters: parameters, base64: base64)
          .data!;

  factory UriData.fromBytes(List<int> bytes,
          {String mimeType = "application/octet-stream",
          Map<String, String>? parameters,
          bool percentEncoded = false}) =>
      Uri.dataFromBytes(bytes,
              mimeType: mimeType, parameters: parameters, percentEncoded: percentEncoded)
          .data!;

  factory UriData.fromUri(Uri uri) {
    if (uri.scheme != "data") throw ArgumentError.value(uri, "uri", "Scheme must be 'data'");
    if (uri.hasAuthority) throw ArgumentError.value(uri, "uri", "Data uri must not have authority");
    if (uri.hasFragment) {
      throw ArgumentError.value(uri, "uri", "Data uri must not have a fragment part");
    }
    return _parse(uri.toString(), uri);
  }

  static UriData parse(String uri) {
    if (!uri.toLowerCase().startsWith("data:")) {
      throw FormatException("Does not start with 'data:'", uri, 0);
    }
    return _parse("data:${uri.substring(5)}", null);
  }

  // As Dart's parser: a MIME type empty or with exactly one '/', then ";name=value"
  // parameters, an optional last ";base64", and a comma.
  static UriData _parse(String text, Uri? uri) {
    const int start = 5;
    int slash = -1;
    int c = 0;
    int i = start;
    for (; i < text.length; i++) {
      c = text.codeUnitAt(i);
      if (c == 0x2C || c == 0x3B) break;
      if (c == 0x2F) {
        if (slash < 0) {
          slash = i;
          continue;
        }
        throw FormatException("Invalid MIME type", text, i);
      }
    }
    if (slash < 0 && i > start) throw FormatException("Invalid MIME type", text, i);
    int mimeEnd = i;
    bool base64 = false;
    Map<String, String> parameters = <String, String>{};
    while (c != 0x2C) {
      int nameStart = i + 1;
      i++;
      int equals = -1;
      for (; i < text.length; i++) {
        c = text.codeUnitAt(i);
        if (c == 0x3D) {
          if (equals < 0) equals = i;
        } else if (c == 0x3B || c == 0x2C) {
          break;
        }
      }
      if (equals >= 0) {
        parameters[Uri._decode(text.substring(nameStart, equals), false)] =
            Uri._decode(text.substring(equals + 1, i), false);
      } else {
        // Only a last "base64" goes without a value.
        if (c != 0x2C || i != nameStart + 6 || !text.startsWith("base64", nameStart)) {
          throw FormatException("Expecting '='", text, i);
        }
        base64 = true;
        break;
      }
    }
    return UriData._(text, uri, mimeEnd, i, base64, parameters);
  }

  Uri get uri => _uri ?? Uri.parse(_text);

  String get mimeType {
    if (_mimeEnd == 5) return "text/plain";
    return Uri._decode(_text.substring(5, _mimeEnd), false);
  }

  bool isMimeType(String mimeType) => this.mimeType.toLowerCase() == mimeType.toLowerCase();

  /// The charset parameter, "US-ASCII" when there is none.
  String get charset => _parameters["charset"] ?? "US-ASCII";

  bool isCharset(String charset) => this.charset.toLowerCase() == charset.toLowerCase();

  Map<String, String> get parameters => Map<String, String>.unmodifiable(_parameters);

  /// The content as written in the URI (escapes and base64 not decoded).
  String get contentText => _text.substring(_comma + 1);

  List<int> contentAsBytes() {
    List<int> bytes = _percentDecodedBytes(contentText);
    if (isBase64) bytes = _base64Decode(bytes, contentText);
    return List<int>.of(bytes, growable: false);
  }

  /// The content decoded as [encoding] (a dart:convert Encoding), or else as the charset says
  /// (UTF-8, US-ASCII or ISO-8859-1).
  String contentAsString({dynamic encoding}) {
    List<int> bytes = contentAsBytes();
    if (encoding != null) return encoding.decode(bytes) as String;
    String name = charset.toLowerCase();
    if (name == "utf-8" || name == "utf8") {
      List<int> units = <int>[];
      Uri._flushUtf8(List<int>.of(bytes), units);
      return String.fromCharCodes(units);
    }
    bool ascii = name == "us-ascii" || name == "ascii";
    if (!ascii && name != "iso-8859-1" && name != "latin1" && name != "l1") {
      throw UnsupportedError("Unknown charset: $charset");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (ascii && bytes[i] > 0x7F) {
        throw FormatException("Invalid value in input: ${bytes[i]}", bytes, i);
      }
    }
    return String.fromCharCodes(bytes);
  }

  static List<int> _percentDecodedBytes(String text) {
    List<int> bytes = <int>[];
    for (int i = 0; i < text.length; i++) {
      int c = text.codeUnitAt(i);
      if (c == 0x25 && i + 2 < text.length) {
        int high = Uri._hexValue(text.codeUnitAt(i + 1));
        int low = Uri._hexValue(text.codeUnitAt(i + 2));
        if (high >= 0 && low >= 0) {
          bytes.add(high * 16 + low);
          i += 2;
          continue;
        }
      }
      if (c < 0x80) {
        bytes.add(c);
      } else {
        List<int> units = Uri._utf8Bytes(text, i);
        if (units.length == 4) i++;
        bytes.addAll(units);
      }
    }
    return bytes;
  }

  // Base64 (either alphabet, padding optional) of [chars]; [source] is for the error.
  static List<int> _base64Decode(List<int> chars, String source) {
    List<int> out = <int>[];
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < chars.length; i++) {
      int c = chars[i];
      int v;
      if (c >= 0x41 && c <= 0x5A) {
        v = c - 0x41;
      } else if (c >= 0x61 && c <= 0x7A) {
        v = c - 0x61 + 26;
      } else if (c >= 0x30 && c <= 0x39) {
        v = c - 0x30 + 52;
      } else if (c == 0x2B || c == 0x2D) {
        v = 62;
      } else if (c == 0x2F || c == 0x5F) {
        v = 63;
      } else if (c == 0x3D) {
        break;
      } else {
        throw FormatException("Invalid character", source, i);
      }
      buffer = (buffer << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.add((buffer >> bits) & 0xFF);
      }
    }
    return out;
  }

  String toString() => _text;
}
