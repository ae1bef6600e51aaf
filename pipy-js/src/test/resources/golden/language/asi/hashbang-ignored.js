#!/usr/bin/env pipy
println('hashbang ok');
