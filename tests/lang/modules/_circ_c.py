from _circ_d import D
C = "c"
