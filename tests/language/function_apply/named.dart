// Function.apply with named arguments given as a Map<Symbol, dynamic>.
String greet(String name, {String greeting = "Hello", required String punct}) =>
    "$greeting, $name$punct";

void main() {
  print(Function.apply(greet, ["Ada"], {#punct: "!"}));
  print(Function.apply(greet, ["Bob"], {#greeting: "Hi", #punct: "?"}));
  // expect: Hello, Ada!
  // expect: Hi, Bob?
}
