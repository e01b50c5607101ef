// Future.forEach and Future.doWhile run asynchronous steps one after another.
Future<void> main() async {
  await Future.forEach([1, 2, 3], (int x) async {
    await Future.delayed(Duration.zero);
    print('item $x');
  });
  var i = 0;
  await Future.doWhile(() async {
    i++;
    print('step $i');
    return i < 3;
  });
  await Future.doWhile(() => ++i < 5);
  print(i);
}
// expect: item 1
// expect: item 2
// expect: item 3
// expect: step 1
// expect: step 2
// expect: step 3
// expect: 5
