// Checks RegExp.escape: every pattern syntax character gets a backslash, others stay.
void main() {
  print(RegExp.escape('a.b*c')); // expect: a\.b\*c
  print(RegExp.escape(r'(1+1)=2? [x]{y}|^$\')); // expect: \(1\+1\)=2\? \[x\]\{y\}\|\^\$\\
  print(RegExp.escape('plain')); // expect: plain
  print(RegExp(RegExp.escape('1.5')).hasMatch('105')); // expect: false
}
