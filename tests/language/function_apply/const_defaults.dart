// Function.apply fills non-literal defaults (const collections) of omitted parameters.
String show(int a, {List<int> extra = const [1, 2], String sep = ","}) =>
    [a, ...extra].join(sep);

void main() {
  print(Function.apply(show, [0]));
  print(Function.apply(show, [0], {#sep: "-"}));
  // expect: 0,1,2
  // expect: 0-1-2
}
