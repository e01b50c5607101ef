// Checks raw strings: backslashes and dollar signs are taken literally.
void main() {
  print(r'C:\new\table'); // expect: C:\new\table
  print(r"$notInterpolated"); // expect: $notInterpolated
  print(r'\n'.length); // expect: 2
  print(r'''raw \t triple'''); // expect: raw \t triple
  print(r"""${1 + 1}"""); // expect: ${1 + 1}
}
