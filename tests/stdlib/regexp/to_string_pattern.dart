// Checks RegExp.pattern and RegExp.toString ("RegExp: pattern=... flags=...").
void main() {
  var re = RegExp(r'(\d+)-\w');
  print(re.pattern); // expect: (\d+)-\w
  print(re); // expect: RegExp: pattern=(\d+)-\w flags=
  print(RegExp('x', caseSensitive: false)); // expect: RegExp: pattern=x flags=i
  print(RegExp('a').firstMatch('a')!.pattern); // expect: RegExp: pattern=a flags=
}
