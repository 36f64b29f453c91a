package org.aiventure.workbook;
public final class Launcher { public static void main(String[] a) {} }
