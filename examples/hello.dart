void main() { print('Hello, Islet!'); }
