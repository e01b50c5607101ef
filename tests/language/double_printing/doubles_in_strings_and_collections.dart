// Checks that interpolation and collection printing use the same double format as print.
void main() {
  var d = 1.0;
  print('d=$d'); // expect: d=1.0
  print('${1e21}'); // expect: 1e+21
  print('${0.1 + 0.2}'); // expect: 0.30000000000000004
  print([1.0, 2.5, -0.0]); // expect: [1.0, 2.5, -0.0]
  print({'x': 1e-7}); // expect: {x: 1e-7}
  print(1.0.toString() == '1.0'); // expect: true
}
