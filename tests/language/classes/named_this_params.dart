// Checks named and optional this.x constructor parameters with defaults.
class Options {
  final int size;
  final bool verbose;
  final String name;
  final int? limit;
  Options({this.size = 10, this.verbose = false, required this.name, this.limit});
}

class Pos {
  int x, y;
  Pos([this.x = 0, this.y = 0]);
}

void main() {
  var o = Options(name: 'default');
  print('${o.size} ${o.verbose} ${o.name} ${o.limit}'); // expect: 10 false default null
  var p = Options(verbose: true, name: 'v', limit: 3);
  print('${p.size} ${p.verbose} ${p.name} ${p.limit}'); // expect: 10 true v 3
  var q = Pos(5);
  print('${q.x} ${q.y}'); // expect: 5 0
}
