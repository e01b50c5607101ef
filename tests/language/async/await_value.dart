// await gives the value of a future, or the value itself when it is not a future.
Future<int> twice(int x) async => x * 2;

Future<void> main() async {
  var a = await twice(21);
  var b = await 5;
  var c = await Future.value('s');
  print('$a $b $c');
}
// expect: 42 5 s
