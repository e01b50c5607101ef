// Platform (facts about the host and this process) and ProcessInfo (memory use). The values
// come from io_natives.cc (_IONatives.platform); the environment map is read once and cached.

class Platform {
  static int get numberOfProcessors => _IONatives.platform(0) as int;
  static String get pathSeparator => "/";
  static String get localeName {
    Map<String, String> env = environment;
    String? locale = env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"];
    if (locale == null || locale.isEmpty) return "en_US";
    return locale;
  }

  static String get operatingSystem => "linux";
  static String get operatingSystemVersion => _IONatives.platform(1) as String;
  static String get localHostname => _IONatives.platform(2) as String;

  /// The version of the Dart language Islet implements (a subset of it) and Islet itself.
  static String get version => '3.0.0 (islet) on "linux_x64"';

  static Map<String, String> get environment => _Platform._environment ??= _Platform._readEnv();

  /// The uri of the script that holds main. Islet has no dart:core Uri yet: this object has
  /// Uri's scheme, path, pathSegments, toFilePath() and toString().
  static _ScriptUri get script => _Platform._script ??= _ScriptUri(_IONatives.platform(6) as String);

  static String get executable => _IONatives.platform(3) as String;
  static String get resolvedExecutable => _IONatives.platform(4) as String;
  static List<String> get executableArguments =>
      List<String>.unmodifiable(_IONatives.platform(5) as List);
  static String? get packageConfig => null;
  static String get lineTerminator => "\n";

  static bool get isLinux => true;
  static bool get isMacOS => false;
  static bool get isWindows => false;
  static bool get isAndroid => false;
  static bool get isIOS => false;
  static bool get isFuchsia => false;
}

class _Platform {
  static Map<String, String>? _environment;
  static _ScriptUri? _script;

  static Map<String, String> _readEnv() {
    Map<String, String> result = <String, String>{};
    List entries = _IONatives.platform(7) as List;
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i] as String;
      // A name may start with '=' on some systems; the value starts after the next one.
      int equals = entry.indexOf("=", 1);
      if (equals < 0) continue;
      result[entry.substring(0, equals)] = entry.substring(equals + 1);
    }
    return UnmodifiableMapView<String, String>(result);
  }
}

/// The script's location as a file: uri (stand-in for dart:core's Uri, which Islet lacks).
class _ScriptUri {
  final String _text;

  _ScriptUri(this._text);

  String get scheme {
    int colon = _text.indexOf(":");
    return colon < 0 ? "" : _text.substring(0, colon);
  }

  String get path => _text.startsWith("file://") ? _text.substring(7) : _text;

  List<String> get pathSegments {
    String p = path;
    if (p.startsWith("/")) p = p.substring(1);
    return List<String>.unmodifiable(p.split("/"));
  }

  bool get isAbsolute => scheme.isNotEmpty;

  String toFilePath({bool? windows}) => path;

  bool operator ==(Object other) => other is _ScriptUri && other._text == _text;

  int get hashCode => _text.hashCode;

  String toString() => _text;
}

class ProcessInfo {
  /// The resident set size of this process, in bytes.
  static int get currentRss => _IONatives.platform(8) as int;

  /// The largest resident set size this process has had, in bytes.
  static int get maxRss => _IONatives.platform(9) as int;
}
