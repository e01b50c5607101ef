void main() {
  var name = 'World';
  var n = 3;
  print('Hello, $name!');
  print('${n * 2} items');
  print('$n');
  print('plain' ' adjacent');
}
