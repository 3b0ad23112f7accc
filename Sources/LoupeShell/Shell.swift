import LoupeKit
