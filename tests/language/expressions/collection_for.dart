// Checks collection for, nested with if, in list, set and map literals.
void main() {
  print([for (var i = 0; i < 4; i++) i * i]); // expect: [0, 1, 4, 9]
  var words = ['a', 'bb', 'ccc'];
  print([for (var w in words) w.length]); // expect: [1, 2, 3]
  print({for (var w in words) w: w.length}); // expect: {a: 1, bb: 2, ccc: 3}
  print([for (var i = 1; i <= 6; i++) if (i.isEven) i]); // expect: [2, 4, 6]
  print({for (var i in [1, 2, 1, 3]) i % 2}); // expect: {1, 0}
  print([
    for (var i = 0; i < 2; i++)
      for (var j = 0; j < 2; j++) '$i$j'
  ]); // expect: [00, 01, 10, 11]
}
