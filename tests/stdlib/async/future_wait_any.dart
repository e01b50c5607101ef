// Future.wait collects results in order (or the first error), Future.any takes the first.
Future<void> main() async {
  var results = await Future.wait([
    Future.delayed(Duration(milliseconds: 3), () => 'slow'),
    Future.value('fast'),
    Future.delayed(Duration(milliseconds: 1), () => 'mid'),
  ]);
  print(results);
  print(await Future.wait(<Future<int>>[]));
  try {
    await Future.wait([Future.value(1), Future.error('bad'), Future.value(3)]);
  } catch (e) {
    print('wait error $e');
  }
  var first = await Future.any([
    Future.delayed(Duration(milliseconds: 5), () => 'late'),
    Future.delayed(Duration(milliseconds: 1), () => 'early'),
  ]);
  print(first);
}
// expect: [slow, fast, mid]
// expect: []
// expect: wait error bad
// expect: early
