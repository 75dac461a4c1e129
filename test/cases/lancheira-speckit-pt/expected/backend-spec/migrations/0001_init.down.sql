-- lancheira: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS cardapios_diarios_itens_cardapio CASCADE;
DROP TABLE IF EXISTS cardapios_diarios CASCADE;
DROP TABLE IF EXISTS cardapios_semanais CASCADE;
DROP TABLE IF EXISTS usuarios_equipe CASCADE;
DROP TABLE IF EXISTS pagamentos CASCADE;
DROP TABLE IF EXISTS itens_pedido CASCADE;
DROP TABLE IF EXISTS pedidos CASCADE;
DROP TABLE IF EXISTS itens_cardapio CASCADE;
DROP TABLE IF EXISTS vinculos CASCADE;
DROP TABLE IF EXISTS alunos CASCADE;
DROP TABLE IF EXISTS turmas CASCADE;
DROP TABLE IF EXISTS responsaveis CASCADE;
DROP TYPE IF EXISTS usuario_equipe_papel;
DROP TYPE IF EXISTS cardapio_semanal_status;
DROP TYPE IF EXISTS vinculo_parentesco;
DROP TYPE IF EXISTS turma_turno;
