// await is only allowed in async functions.
void main() {
  var x = await Future.value(1); // expect error: 'await' can only be used in 'async' or 'async*' methods.
  print(x);
}
