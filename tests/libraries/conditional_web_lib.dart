String platform() => 'web';
