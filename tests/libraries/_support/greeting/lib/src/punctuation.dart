part of greeting;

const String _mark = '!';
