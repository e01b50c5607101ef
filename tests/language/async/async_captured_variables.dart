// Variables captured by closures stay shared across awaits.
Future<void> main() async {
  var count = 0;
  void bump() => count++;
  bump();
  await null;
  bump();
  await Future.delayed(Duration.zero);
  bump();
  print(count);
  var fs = <Future<int>>[];
  for (var i = 0; i < 3; i++) {
    fs.add(() async {
      await null;
      return i;
    }());
  }
  print(await Future.wait(fs));
}
// expect: 3
// expect: [0, 1, 2]
