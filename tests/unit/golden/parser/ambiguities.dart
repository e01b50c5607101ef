// Places where the parser must look ahead the way Dart does.
void main() {
  // Generic call or type literal versus comparison.
  f(a < b, c > d);
  f(a < b, c > (d));
  g<int>(1);
  x = a < b;
  x = List<int>;
  x = Map<String, List<int>>.from(m);
  // `>>` closing two type argument lists, and shifts.
  List<List<int>> ll = [];
  Map<String, List<List<int>>> deep = {};
  x = a >> b;
  x = <List<int>>[];
  // Null-aware index versus conditional.
  x = a?[0];
  x = a ? [0] : [1];
  x = a?[0] ? 1 : 2;
  f(a?[0], b);
  // `is T?` followed by a conditional.
  x = a is int ? 1 : 2;
  x = a is int? ? 1 : 2;
  x = a is int?;
  // Function expression versus parenthesized expression.
  x = (a);
  x = (a) => a;
  x = (a) {
    return a;
  };
  (a) + 1;
  // Built-in identifiers and pseudo-keywords as names.
  var get = 1, set = 2, operator = 3, late = 4, required = 5;
  var async = get + set;
  on(of, show, hide);
  dynamic d = 1;
  Function fn = () {};
  void Function() v = () {};
  // Local declarations versus expressions.
  a.b c;
  a<b> c;
  a(b);
  a * b;
  int d2, e2;
  foo() => 1;
  int bar() => 2;
  List<int> baz(int n) => [];
}

class Getters {
  int get get => 1;
  set set(int v) {}
  int get(int i) => i;
  void operator() {}
}
