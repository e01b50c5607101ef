// Function.apply with arguments the function doesn't accept throws NoSuchMethodError.
int one(int x) => x;

void main() {
  try {
    Function.apply(one, [1, 2]);
  } on NoSuchMethodError {
    print("too many");
  }
  try {
    Function.apply(one, [1], {#y: 2});
  } on NoSuchMethodError {
    print("unknown named");
  }
  try {
    Function.apply(one, []);
  } on NoSuchMethodError {
    print("too few");
  }
  // expect: too many
  // expect: unknown named
  // expect: too few
}
