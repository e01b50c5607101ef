// noSuchMethod keeps working when one call site sees it many times (no stale caches).
class Echo {
  @override
  dynamic noSuchMethod(Invocation i) => i.positionalArguments.first;
}

class Real {
  int ping(int x) => x * 10;
}

void main() {
  List<dynamic> objects = [Echo(), Real(), Echo(), Real()];
  var out = [];
  for (var i = 0; i < 4; i++) {
    out.add(objects[i].ping(i));
  }
  print(out);
  // expect: [0, 10, 2, 30]
}
