// Checks RegExp.hasMatch, firstMatch and stringMatch, with and without a match.
void main() {
  var re = RegExp(r'\d+');
  print(re.hasMatch('abc 123 def')); // expect: true
  print(re.hasMatch('abc')); // expect: false
  print(re.stringMatch('abc 123 def 45')); // expect: 123
  print(re.stringMatch('none')); // expect: null
  var m = re.firstMatch('abc 123 def')!;
  print('${m.start} ${m.end} ${m[0]}'); // expect: 4 7 123
  print(re.firstMatch('none')); // expect: null
  print(m); // expect: Instance of '_RegExpMatch'
}
