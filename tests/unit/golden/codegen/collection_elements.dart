void main() {
  var a = [1, 2];
  List<int>? none;
  var flag = true;
  var list = [0, ...a, ...?none, if (flag) 3 else 4, for (var x in a) x * 10];
  var map = {'k': 1, if (flag) 'f': 2, for (var x in a) 'v$x': x};
  var set = {...a, 9};
  print([list, map, set]);
}
