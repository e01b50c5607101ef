// A plugin pipeline built from mixins: super-call chains through several mixins, abstract members supplied by the class, fields overriding getters, interface default methods, and equality mixins.
abstract class Handler {
  String handle(String input);
  String get name;
}

mixin Logging on Handler {
  final List<String> log = [];
  @override
  String handle(String input) {
    log.add('$name <- $input');
    final out = super.handle(input);
    log.add('$name -> $out');
    return out;
  }
}

mixin Trimming on Handler {
  @override
  String handle(String input) => super.handle(input.trim());
}

mixin Upper on Handler {
  @override
  String handle(String input) => super.handle(input).toUpperCase();
}

mixin ValueEquality {
  List<Object?> get props;
  @override
  bool operator ==(Object other) =>
      other.runtimeType == runtimeType && _listEq(props, (other as ValueEquality).props);
  @override
  int get hashCode => Object.hashAll(props);
  static bool _listEq(List<Object?> a, List<Object?> b) {
    if (a.length != b.length) return false;
    for (var i = 0; i < a.length; i++) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  @override
  String toString() => '$runtimeType(${props.join(', ')})';
}

class Echo extends Handler {
  @override
  String get name => 'echo';
  @override
  String handle(String input) => '[$input]';
}

class Pipeline extends Echo with Trimming, Upper, Logging {
  @override
  final String name;
  Pipeline(this.name);
}

abstract class Base extends Handler {
  @override
  String handle(String input) => input.split('').reversed.join();
}

class Reverser extends Base with Logging, Upper {
  @override
  String name = 'rev';
}

class Version with ValueEquality implements Comparable<Version> {
  final int major, minor, patch;
  Version(this.major, this.minor, this.patch);
  factory Version.parse(String s) {
    final parts = s.split('.').map(int.parse).toList();
    return Version(parts[0], parts.length > 1 ? parts[1] : 0, parts.length > 2 ? parts[2] : 0);
  }
  @override
  List<Object?> get props => [major, minor, patch];
  @override
  int compareTo(Version o) => major != o.major
      ? major - o.major
      : minor != o.minor
          ? minor - o.minor
          : patch - o.patch;
  bool operator <(Version o) => compareTo(o) < 0;
}

class Tag with ValueEquality {
  final String label;
  Tag(this.label);
  @override
  List<Object?> get props => [label];
}

abstract interface class Greeter {
  String greet(String who);
}

class Polite implements Greeter {
  @override
  String greet(String who) => 'Good day, $who';
}

void main() {
  final p = Pipeline('main');
  print(p.handle('  hello world  '));
  print(p.log);
  final r = Reverser();
  print(r.handle('abc'));
  print(r.log);
  r.name = 'rev2';
  r.handle('xy');
  print(r.log.last);
  print(p is Logging && p is Upper && p is Trimming && p is Echo);
  print(r is Base);

  final versions = ['1.2.3', '1.10', '0.9.9', '1.2', '2'].map(Version.parse).toList()..sort();
  print(versions);
  print(Version.parse('1.2') == Version(1, 2, 0));
  print(Version.parse('1.2') == Tag('1.2'));
  print({Version(1, 0, 0), Version.parse('1'), Version(1, 0, 1)}.length);
  print(Version(1, 2, 3) < Version(1, 10, 0));
  print(versions.reduce((a, b) => a.compareTo(b) >= 0 ? a : b));
  print(Tag('x') == Tag('x'));
  print(Tag('x').hashCode == Tag('x').hashCode);
  final Greeter g = Polite();
  print(g.greet('Ada'));
  print([Tag('b'), Tag('a')].map((t) => t.label).join());
}

// expect: [HELLO WORLD]
// expect: [main <-   hello world  , main -> [HELLO WORLD]]
// expect: CBA
// expect: [rev <- abc, rev -> cba]
// expect: rev2 -> yx
// expect: true
// expect: true
// expect: [Version(0, 9, 9), Version(1, 2, 0), Version(1, 2, 3), Version(1, 10, 0), Version(2, 0, 0)]
// expect: true
// expect: false
// expect: 2
// expect: true
// expect: Version(2, 0, 0)
// expect: true
// expect: true
// expect: Good day, Ada
// expect: ba
