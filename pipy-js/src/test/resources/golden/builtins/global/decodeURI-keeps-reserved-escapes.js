println(decodeURI('%2f%3F%23%26'), decodeURIComponent('%2f%3F%23%26'), decodeURI('%252F'), decodeURI('%C3%A9%2F'));
