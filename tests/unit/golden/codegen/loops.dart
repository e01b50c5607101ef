void main() {
  var sum = 0;
  for (var i = 0; i < 10; i++) {
    sum += i;
  }
  var j = 0;
  while (j < 5) {
    j++;
  }
  do {
    j--;
  } while (j > 0);
  for (var x in [1, 2, 3]) {
    sum += x;
  }
  print(sum);
}
