// FizzBuzz from 1 to 20: loops, conditionals, string building.
void main() {
  for (var i = 1; i <= 20; i++) {
    var word = '';
    if (i % 3 == 0) word += 'Fizz';
    if (i % 5 == 0) word += 'Buzz';
    print(word.isEmpty ? i : word);
  }
}
